import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type {
  DeleteResourcePolicyRequest, DeleteResourcePolicyResponse, GetResourcePolicyRequest, GetResourcePolicyResponse,
  PutResourcePolicyRequest, PutResourcePolicyResponse, ValidateResourcePolicyRequest, ValidateResourcePolicyResponse,
} from './api.generated.js';
import { contextOfArn, findSecret, requireLiveSecret } from './lookup.js';
import type { Secrets } from './secrets.js';

interface Statement {
  Effect?: string;
  Principal?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

/** Condition keys that pin a statement to known principals, so `Principal: "*"` is not broad access with them. */
const NARROWING_KEYS = ['aws:principalaccount', 'aws:principalarn', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:sourceaccount', 'aws:sourcearn', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:userid'];

/** Resource policies are stored and checked for shape and broad access; IAM enforcement evaluates them. */
export class ResourcePolicies {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly secrets: Secrets,
  ) {}

  putResourcePolicy(input: PutResourcePolicyRequest, context: CallContext): Promise<PutResourcePolicyResponse> {
    const statements = parsePolicy(input.ResourcePolicy);
    if (input.BlockPublicPolicy && statements.some(isPublic)) {
      throw new AwsError('PublicPolicyException', 'The BlockPublicPolicy parameter is set to true, and the resource policy did not prevent broad access to the secret.');
    }
    return this.secrets.change(input.SecretId, context, (secret) => {
      secret.resourcePolicy = input.ResourcePolicy;
      return { ARN: secret.arn, Name: secret.name };
    });
  }

  /** The secret's policy and full ARN (the request may name it without the random suffix), for IAM enforcement. */
  async resourcePolicy(arn: string): Promise<{ arn: string; policy?: string } | undefined> {
    const secret = await findSecret(this.deps.store, arn, contextOfArn(arn), this.deps.clock.now());
    return secret && { arn: secret.arn, policy: secret.resourcePolicy };
  }

  async getResourcePolicy(input: GetResourcePolicyRequest, context: CallContext): Promise<GetResourcePolicyResponse> {
    const secret = await requireLiveSecret(this.deps.store, input.SecretId, context, this.deps.clock.now());
    return { ARN: secret.arn, Name: secret.name, ResourcePolicy: secret.resourcePolicy };
  }

  deleteResourcePolicy(input: DeleteResourcePolicyRequest, context: CallContext): Promise<DeleteResourcePolicyResponse> {
    return this.secrets.change(input.SecretId, context, (secret) => {
      delete secret.resourcePolicy;
      return { ARN: secret.arn, Name: secret.name };
    });
  }

  async validateResourcePolicy(input: ValidateResourcePolicyRequest, context: CallContext): Promise<ValidateResourcePolicyResponse> {
    if (input.SecretId) await requireLiveSecret(this.deps.store, input.SecretId, context, this.deps.clock.now());
    const statements = parsePolicy(input.ResourcePolicy);
    const broad = statements.some(isPublic);
    return {
      PolicyValidationPassed: !broad,
      ValidationErrors: broad ? [{ CheckName: 'BROAD_ACCESS_CHECK', ErrorMessage: 'Resource policy grants broad access to the secret.' }] : [],
    };
  }
}

function parsePolicy(text: string): Statement[] {
  let policy: unknown;
  try {
    policy = JSON.parse(text);
  } catch {
    throw new AwsError('MalformedPolicyDocumentException', 'This resource policy contains a syntax error.');
  }
  const statement = (policy as { Statement?: unknown } | null)?.Statement;
  if (!statement || typeof statement !== 'object') throw new AwsError('MalformedPolicyDocumentException', 'This resource policy contains a syntax error.');
  return (Array.isArray(statement) ? statement : [statement]) as Statement[];
}

/** An Allow to every principal that no condition narrows to known accounts, principals or networks. */
function isPublic(statement: Statement): boolean {
  if (statement.Effect !== 'Allow') return false;
  const principal = statement.Principal;
  const aws = (principal as { AWS?: unknown } | undefined)?.AWS;
  const everyone = principal === '*' || aws === '*' || (Array.isArray(aws) && aws.includes('*'));
  if (!everyone) return false;
  const keys = Object.values(statement.Condition ?? {}).flatMap((block) => Object.keys(block ?? {}).map((key) => key.toLowerCase()));
  return !keys.some((key) => NARROWING_KEYS.includes(key));
}
