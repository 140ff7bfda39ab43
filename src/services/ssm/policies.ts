import { AwsError } from '../../common/aws-error.js';
import type { ParameterInlinePolicy } from './api.generated.js';

const TYPES = ['Expiration', 'ExpirationNotification', 'NoChangeNotification'];
const MAX_POLICIES = 10;

interface PolicyDocument {
  Type: string;
  Version?: string;
  Attributes?: Record<string, unknown>;
}

/** Parameter policies as PutParameter takes them: a JSON array of `{ Type, Version, Attributes }`. Stored, not acted on. */
export function checkPolicies(text: string): void {
  const policies = parse(text);
  if (policies.length > MAX_POLICIES) {
    throw new AwsError('PoliciesLimitExceededException', `You specified more than the maximum number of allowed policies for the parameter. The maximum is ${MAX_POLICIES}.`);
  }
  for (const policy of policies) {
    if (!TYPES.includes(policy.Type)) {
      throw new AwsError('InvalidPolicyTypeException', 'The policy type is not supported. Parameter Store supports the following policy types: Expiration, ExpirationNotification, and NoChangeNotification.');
    }
    if (policy.Attributes !== undefined && (typeof policy.Attributes !== 'object' || policy.Attributes === null || Array.isArray(policy.Attributes))) {
      throw invalidAttribute();
    }
  }
}

/** The stored policies as DescribeParameters and GetParameterHistory show them. */
export function inlinePolicies(text: string | undefined): ParameterInlinePolicy[] {
  if (text === undefined) return [];
  return parse(text).map((policy) => ({ PolicyText: JSON.stringify(policy), PolicyType: policy.Type, PolicyStatus: 'Pending' }));
}

function parse(text: string): PolicyDocument[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidAttribute();
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  if (!list.every((item) => item && typeof item === 'object' && typeof (item as PolicyDocument).Type === 'string')) throw invalidAttribute();
  return list as PolicyDocument[];
}

function invalidAttribute(): AwsError {
  return new AwsError('InvalidPolicyAttributeException', 'A policy attribute or its value is invalid.');
}
