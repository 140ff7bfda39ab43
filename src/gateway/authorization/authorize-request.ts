import { AwsError } from '../../common/aws-error.js';
import type { Clock } from '../../clock/clock.js';
import { parsePolicy, type PolicyDocument } from '../../common/policy/document.js';
import { evaluate, type Evaluation, type PolicySet } from '../../common/policy/evaluate.js';
import type { ResolvedPrincipal } from '../../common/policy/identity.js';
import { hasResourcePolicies } from '../../common/policy/resource-policy.js';
import { quirksOf } from '../../protocol/quirks/index.js';
import { actionFor, companionActions } from './actions.js';
import { contextKeysOf } from './context-keys.js';
import { resourceFor } from './resources.js';
import type { RequestContext } from '../context.js';
import type { ServiceHost } from '../service-host.js';

/** Calls every principal may make, whatever its policies say. */
const ALWAYS_ALLOWED = new Set(['sts:GetCallerIdentity', 'sts:GetSessionToken', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML']);

/** Where the resource's own policy must allow: a role's trust policy, a KMS key policy. */
const POLICY_REQUIRED = new Set(['iam', 'kms']);

/**
 * With NIMBUS_ENFORCE_IAM=1, evaluates each request as AWS does: identity policies, the resource's
 * policy, permissions boundary and session policies. The account root (every key IAM did not issue)
 * and the admin key may do anything. Off by default, when the stage does nothing at all.
 */
export function authorizeRequests(enforce: boolean, services: ServiceHost, clock: Clock, adminKey: string) {
  if (!enforce) return () => undefined;
  return async (context: RequestContext): Promise<void> => {
    const principal = context.principal;
    if (!principal || principal.kind === 'root' || context.scope?.accessKeyId === adminKey) return;
    const input = context.input ?? {};
    const action = actionFor(context.service!, context.operation!.name, input);
    if (ALWAYS_ALLOWED.has(action)) return;
    const resource = resourceFor(context.service!, context.operation!.name, input, { account: context.account, region: context.region });
    let resourceArn = resource.arn;
    let resourcePolicy: PolicyDocument | undefined;
    if (resource.policyOwner && services.has(resource.policyOwner)) {
      const owner = await services.provider(resource.policyOwner);
      if (resourceArn === '*' && hasResourcePolicies(owner)) {
        resourceArn = await owner.implicitResource?.(context.operation!.name, input, { account: context.account, region: context.region }) ?? '*';
      }
      const found = hasResourcePolicies(owner) && resourceArn !== '*' ? await owner.resourcePolicy(resourceArn) : undefined;
      if (found?.arn) resourceArn = found.arn;
      if (found?.policy) resourcePolicy = parsePolicy(found.policy, 'resource');
    }
    const policies: PolicySet = {
      identity: principal.identityPolicies.map((policy) => ({ id: policy.id, type: policy.type, document: parsePolicy(policy.document) })),
      resource: resourcePolicy && { id: 'resource', type: 'resource', document: resourcePolicy },
      boundary: principal.boundary && { id: principal.boundary.id, document: parsePolicy(principal.boundary.document) },
      session: principal.sessionPolicies?.map((document, index) => ({ id: `session.${index}`, document: parsePolicy(document) })),
    };
    const keys = contextKeysOf(context, principal, clock.now());
    for (const needed of [action, ...companionActions(context.service!, context.operation!.name, input)]) {
      const evaluation = evaluate(policies, {
        principal: { arn: principal.arn, account: principal.account, roleArn: principal.roleArn },
        action: needed,
        resource: resourceArn,
        resourceAccount: accountOfArn(resourceArn),
        resourcePolicyRequired: POLICY_REQUIRED.has(resource.policyOwner ?? '') && resourceArn !== '*',
        keys,
      });
      if (evaluation.decision !== 'allowed') throw accessDenied(context, principal, needed, resourceArn, evaluation);
    }
  };
}

function accountOfArn(arn: string): string | undefined {
  const account = arn.split(':')[4];
  return account && /^\d{12}$/.test(account) ? account : undefined;
}

const REASONS: Record<string, string> = {
  'explicitDeny.identity': 'with an explicit deny in an identity-based policy',
  'explicitDeny.resource': 'with an explicit deny in a resource-based policy',
  'explicitDeny.boundary': 'with an explicit deny in a permissions boundary',
  'explicitDeny.session': 'with an explicit deny in a session policy',
  'implicitDeny.boundary': 'because no permissions boundary allows the {action} action',
  'implicitDeny.session': 'because no session policy allows the {action} action',
  'implicitDeny.resource': 'because no resource-based policy allows the {action} action',
  'implicitDeny.identity': 'because no identity-based policy allows the {action} action',
};

/**
 * AWS's refusal, in the code the service's protocol uses: `AccessDenied` for S3 and query services,
 * `AccessDeniedException` for JSON ones, unless the service's quirks say otherwise (SNS, SQS).
 */
function accessDenied(context: RequestContext, principal: ResolvedPrincipal, action: string, resource: string, evaluation: Evaluation): AwsError {
  const quirks = quirksOf(context.service!);
  const named = quirks.iamActionName?.(action) ?? action;
  const reason = REASONS[`${evaluation.decision}.${evaluation.decidedBy ?? 'identity'}`]!.replace('{action}', named);
  const message = `User: ${principal.arn} is not authorized to perform: ${named} on resource: ${resource} ${reason}`;
  const refusal = quirks.accessDenied?.(message);
  if (refusal) return refusal;
  const protocol = context.codec?.protocol;
  if (protocol !== 'json' && protocol !== 'rest-json') return new AwsError('AccessDenied', message, 403);
  return new AwsError('AccessDeniedException', message, protocol === 'json' ? 400 : 403);
}
