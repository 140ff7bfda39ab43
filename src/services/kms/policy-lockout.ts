import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import { MalformedPolicy, parsePolicy, type PolicyDocument, type Statement } from '../../common/policy/document.js';
import { statementApplies } from '../../common/policy/evaluate.js';
import { RESOLVE_PRINCIPAL, type ResolvedPrincipal } from '../../common/policy/identity.js';
import type { EventBus } from '../../events/bus.js';

/**
 * KMS's policy lockout safety check: a key policy given to CreateKey or PutKeyPolicy must be a
 * well-formed resource policy and, unless BypassPolicyLockoutSafetyCheck is set, let the caller
 * call PutKeyPolicy again (naming the account's root counts, as it hands the key to IAM).
 * Conditions are not evaluated here: a statement that could allow is enough.
 */
export async function checkKeyPolicy(bus: EventBus, policy: string, keyArn: string, context: CallContext, bypass: boolean | undefined): Promise<void> {
  let document: PolicyDocument;
  try {
    document = parsePolicy(policy, 'resource');
  } catch (error) {
    if (error instanceof MalformedPolicy) throw new AwsError('MalformedPolicyDocumentException', error.message);
    throw error;
  }
  if (bypass) return;
  const caller = await bus.request<ResolvedPrincipal | null>(RESOLVE_PRINCIPAL, { accessKeyId: context.accessKeyId }).catch(() => null);
  const principal = caller ? { arn: caller.arn, account: caller.account, roleArn: caller.roleArn } : { arn: `arn:aws:iam::${context.account}:root`, account: context.account };
  const request = { principal, action: 'kms:PutKeyPolicy', resource: keyArn, keys: {} };
  const applies = (statement: Statement) => statementApplies({ ...statement, condition: undefined }, request, true);
  const allowed = document.statements.some((statement) => statement.effect === 'Allow' && applies(statement));
  const denied = document.statements.some((statement) => statement.effect === 'Deny' && !statement.condition && applies(statement));
  if (!allowed || denied) throw new AwsError('MalformedPolicyDocumentException', 'The new key policy will not allow you to update the key policy in the future.');
}
