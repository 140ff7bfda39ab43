/**
 * Implemented by providers whose resources carry policies (S3 bucket policies, SQS and SNS
 * policies, Lambda permissions, KMS key policies, Secrets Manager resource policies), so IAM
 * enforcement can read them without reading the service's state itself.
 */
export interface ResourcePolicySource {
  /**
   * The policy of the resource the gateway named by `arn` (as computed from the request), and the
   * resource's own ARN when it differs (a secret's random suffix, a key behind an alias).
   * Undefined when the resource does not exist.
   */
  resourcePolicy(arn: string): Promise<{ arn?: string; policy?: string } | undefined>;
  /**
   * The ARN of the resource a request names only inside its data (the key a KMS ciphertext was made
   * with), when the gateway could not read one from the request's members; undefined when none.
   */
  implicitResource?(operation: string, input: Record<string, unknown>, where: { account: string; region: string }): Promise<string | undefined>;
}

export function hasResourcePolicies(provider: object): provider is ResourcePolicySource {
  return typeof (provider as Partial<ResourcePolicySource>).resourcePolicy === 'function';
}
