import type { CallContext } from '../../common/call-context.js';
import type { PolicyDocument } from '../../common/policy/document.js';
import { evaluate, type PolicySet, type SourcedPolicy } from '../../common/policy/evaluate.js';
import type { ContextKeys } from '../../common/policy/matching.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { policiesOf } from './callers.js';
import { loadEntity, type EntityKind } from './entities.js';
import { noSuchEntity, validDocument } from './errors.js';
import { page } from './paging.js';
import { findPolicy } from './policy-store.js';
import { entityKey, groups } from './state.js';

interface Simulated {
  principalArn: string;
  identity: SourcedPolicy[];
  boundary?: SourcedPolicy;
  tags: Record<string, string>;
  userName?: string;
}

/** The policy simulator: the same evaluation enforcement uses, over stored or given policies. */
export class Simulation {
  constructor(private readonly deps: ServiceDeps) {}

  async simulatePrincipalPolicy(input: api.SimulatePrincipalPolicyRequest, context: CallContext): Promise<api.SimulatePolicyResponse> {
    const principal = await this.principal(input.PolicySourceArn, context.account);
    principal.identity.push(...this.given(input.PolicyInputList ?? [], 'PolicyInputList'));
    const boundaries = this.given(input.PermissionsBoundaryPolicyInputList ?? [], 'PermissionsBoundaryPolicyInputList');
    return this.simulate(input, { ...principal, boundary: boundaries[0] ?? principal.boundary }, context.account);
  }

  async simulateCustomPolicy(input: api.SimulateCustomPolicyRequest, context: CallContext): Promise<api.SimulatePolicyResponse> {
    const identity = this.given(input.PolicyInputList, 'PolicyInputList');
    const boundary = this.given(input.PermissionsBoundaryPolicyInputList ?? [], 'PermissionsBoundaryPolicyInputList')[0];
    return this.simulate(input, { principalArn: input.CallerArn ?? `arn:aws:iam::${context.account}:root`, identity, boundary, tags: {} }, context.account);
  }

  private simulate(input: Omit<api.SimulateCustomPolicyRequest, 'PolicyInputList'>, principal: Simulated, account: string): api.SimulatePolicyResponse {
    const resourcePolicy = input.ResourcePolicy ? { id: 'ResourcePolicy', type: 'resource', document: validDocument(input.ResourcePolicy, 'resource') } : undefined;
    const keys = this.contextKeys(input.ContextEntries ?? [], principal);
    const results: api.EvaluationResult[] = [];
    for (const action of input.ActionNames) {
      for (const resource of input.ResourceArns?.length ? input.ResourceArns : ['*']) {
        const policies: PolicySet = { identity: principal.identity, resource: resourcePolicy, boundary: principal.boundary };
        const evaluation = evaluate(policies, {
          principal: { arn: input.CallerArn ?? principal.principalArn, account },
          action,
          resource,
          resourceAccount: input.ResourceOwner ? /(\d{12})/.exec(input.ResourceOwner)?.[1] : undefined,
          keys,
        });
        results.push({
          EvalActionName: action,
          EvalResourceName: resource,
          EvalDecision: evaluation.decision,
          MatchedStatements: evaluation.matched.map((statement) => ({ SourcePolicyId: statement.policyId, SourcePolicyType: statement.policyType as api.PolicySourceType })),
          MissingContextValues: [],
          PermissionsBoundaryDecisionDetail: principal.boundary ? { AllowedByPermissionsBoundary: evaluation.decidedBy !== 'boundary' } : undefined,
        });
      }
    }
    const { items, ...paging } = page(results, input.Marker, input.MaxItems);
    return { EvaluationResults: items, ...paging };
  }

  private given(documents: string[], list: string): SourcedPolicy[] {
    return documents.map((text, index) => ({ id: `${list}.${index + 1}`, type: 'none', document: validDocument(text) as PolicyDocument }));
  }

  private async principal(arn: string, account: string): Promise<Simulated> {
    const match = /^arn:aws:iam::(\d{12}):(user|group|role)\/(?:.*\/)?([^/]+)$/.exec(arn);
    if (!match || match[1] !== account) throw noSuchEntity(`PolicySourceArn ${arn} does not name an entity of this account.`);
    const kind = match[2] as EntityKind;
    const entity = await loadEntity(this.deps.store, kind, account, match[3]!);
    const sourced = async (owner: typeof entity, ownerKind: EntityKind) =>
      (await policiesOf(this.deps.store, owner, ownerKind)).map((policy) => ({ id: policy.id, type: policy.type, document: validDocument(policy.document) }));
    const identity = await sourced(entity, kind);
    if (kind === 'user') {
      for (const groupName of (entity as { groups: string[] }).groups) {
        const group = await groups(this.deps.store).get(entityKey(account, groupName));
        if (group) identity.push(...(await sourced(group, 'group')));
      }
    }
    const boundaryPolicy = entity.permissionsBoundary ? await findPolicy(this.deps.store, entity.permissionsBoundary) : undefined;
    return {
      principalArn: entity.arn,
      identity,
      boundary: boundaryPolicy && { id: boundaryPolicy.arn, type: 'user-managed', document: validDocument(boundaryPolicy.defaultDocument) },
      tags: Object.fromEntries(entity.tags.map((tag) => [tag.Key, tag.Value])),
      userName: kind === 'user' ? entity.name : undefined,
    };
  }

  private contextKeys(entries: api.ContextEntry[], principal: Simulated): ContextKeys {
    const keys: ContextKeys = { 'aws:principalarn': [principal.principalArn] };
    if (principal.userName) keys['aws:username'] = [principal.userName];
    for (const [key, value] of Object.entries(principal.tags)) keys[`aws:principaltag/${key}`.toLowerCase()] = [value];
    for (const entry of entries) if (entry.ContextKeyName) keys[entry.ContextKeyName.toLowerCase()] = entry.ContextKeyValues ?? [];
    return keys;
  }
}
