import { randomBytes } from 'node:crypto';
import { derivedKey, open, seal } from '../../common/envelope-crypto.js';
import { AwsError } from '../../common/aws-error.js';
import type { EventBus } from '../../events/bus.js';
import type { Store } from '../../store/store.js';
import type { KeyStateAnswer, KeyStateRequest } from '../kms/key-state.js';

export const DEFAULT_KEY_ID = 'alias/aws/ssm';

/**
 * SecureString values are sealed (AES-256-GCM, common/envelope-crypto) with a key derived from
 * Parameter Store's own master secret and the KMS key the caller named. SSM cannot read KMS's key
 * material (services keep their state to themselves), so it asks KMS (`kms.key-state`) whether the
 * key exists and may encrypt before sealing and before opening, as AWS calls KMS for both.
 */
export async function encryptValue(store: Store, scope: string, keyId: string, value: string): Promise<string> {
  const key = derivedKey(await masterSecret(store), `${scope}/${keyId}`);
  return seal(key, Buffer.from(value, 'utf8'), Buffer.from(keyId)).toString('base64');
}

export async function decryptValue(store: Store, scope: string, keyId: string, sealed: string): Promise<string> {
  const key = derivedKey(await masterSecret(store), `${scope}/${keyId}`);
  const plaintext = open(key, Buffer.from(sealed, 'base64'), Buffer.from(keyId));
  if (!plaintext) throw new Error('a SecureString value does not open with its key');
  return plaintext.toString('utf8');
}

/** Made on first use and kept in the store, so values stay readable after a restart. Call outside transactions. */
async function masterSecret(store: Store): Promise<Buffer> {
  const existing = await store.collection<string>('ssm.master-secret').get('master');
  if (existing) return Buffer.from(existing, 'base64');
  return store.transaction(async (tx) => {
    const records = tx.collection<string>('ssm.master-secret');
    const raced = await records.get('master');
    if (raced) return Buffer.from(raced, 'base64');
    const fresh = randomBytes(32);
    await records.put('master', fresh.toString('base64'));
    return fresh;
  });
}

/** Refuses, as Parameter Store does, a key KMS does not know, one that is disabled or pending deletion, or one that cannot encrypt. */
export async function requireUsableKey(bus: EventBus, account: string, region: string, keyId: string): Promise<void> {
  const request: KeyStateRequest = { account, region, keyId };
  const answer = await bus.request<KeyStateAnswer>('kms.key-state', request);
  if (!answer.found) throw invalidKeyId(`${answer.message} (Service: AWSKMS; Status Code: 400; Error Code: ${answer.error})`);
  if (answer.keyState === 'Disabled') throw invalidKeyId(`${answer.arn} is disabled. (Service: AWSKMS; Status Code: 400; Error Code: DisabledException)`);
  if (answer.keyState !== 'Enabled') throw invalidKeyId(`${answer.arn} is pending deletion. (Service: AWSKMS; Status Code: 400; Error Code: KMSInvalidStateException)`);
  if (answer.keyUsage !== 'ENCRYPT_DECRYPT' || answer.keySpec !== 'SYMMETRIC_DEFAULT') {
    throw invalidKeyId(`${answer.arn} key usage is ${answer.keyUsage} which is not valid for Encrypt. (Service: AWSKMS; Status Code: 400; Error Code: InvalidKeyUsageException)`);
  }
}

function invalidKeyId(message: string): AwsError {
  return new AwsError('InvalidKeyId', message);
}
