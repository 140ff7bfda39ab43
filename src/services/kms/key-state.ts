import type { CallContext } from '../../common/call-context.js';
import { AwsError } from '../../common/aws-error.js';
import type { KeySpec, KeyState, KeyUsageType } from './api.generated.js';
import type { KeyLookup } from './lookup.js';

/** The request other services make (`kms.key-state`) before they seal or open data under a key, as SSM does for SecureString. */
export const KEY_STATE = 'kms.key-state';

export interface KeyStateRequest {
  account: string;
  region: string;
  /** Key id, key ARN, alias name or alias ARN; `alias/aws/<service>` makes the AWS managed key on first use. */
  keyId: string;
}

export type KeyStateAnswer =
  | { found: true; arn: string; keyState: KeyState; keyUsage: KeyUsageType; keySpec: KeySpec }
  | { found: false; error: string; message: string };

export async function keyState(lookup: KeyLookup, request: KeyStateRequest): Promise<KeyStateAnswer> {
  try {
    const key = await lookup.find(request.keyId, { account: request.account, region: request.region } as CallContext);
    return { found: true, arn: key.arn, keyState: key.keyState, keyUsage: key.keyUsage, keySpec: key.keySpec };
  } catch (error) {
    if (error instanceof AwsError) return { found: false, error: error.code, message: error.message };
    throw error;
  }
}
