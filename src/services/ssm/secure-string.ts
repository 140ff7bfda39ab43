import { derivedKey, open, seal } from '../../common/envelope-crypto.js';
import type { Store } from '../../store/store.js';

export const DEFAULT_KEY_ID = 'alias/aws/ssm';

/**
 * SecureString values are sealed with a key derived from the Nimbus master secret and the KMS key
 * the caller named. SSM cannot read KMS's key material (services keep their state to themselves)
 * and a bus request per parameter read would tie SSM's answers to KMS being loaded, so the two
 * share the sealing code in common/, not state.
 */
export async function encryptValue(store: Store, scope: string, keyId: string, value: string): Promise<string> {
  const key = await derivedKey(store, `ssm/${scope}/${keyId}`);
  return seal(key, Buffer.from(value, 'utf8'), Buffer.from(keyId)).toString('base64');
}

export async function decryptValue(store: Store, scope: string, keyId: string, sealed: string): Promise<string> {
  const key = await derivedKey(store, `ssm/${scope}/${keyId}`);
  const plaintext = open(key, Buffer.from(sealed, 'base64'), Buffer.from(keyId));
  if (!plaintext) throw new Error('a SecureString value does not open with its key');
  return plaintext.toString('utf8');
}
