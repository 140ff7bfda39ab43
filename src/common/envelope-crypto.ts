import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Store } from '../store/store.js';

const MASTER = '_envelope.master';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM sealing shared by the services that encrypt at rest (KMS, SSM SecureString). It holds
 * no service's state: a caller brings its own key, or derives one from the Nimbus master secret and
 * a label of its own, so two services can encrypt alike without reading each other's records.
 */
export function seal(key: Buffer, plaintext: Buffer, additionalData: Buffer = Buffer.alloc(0)): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additionalData);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Opens what `seal` made with the same key and additional data; undefined when it does not authenticate. */
export function open(key: Buffer, sealed: Buffer, additionalData: Buffer = Buffer.alloc(0)): Buffer | undefined {
  if (sealed.length < IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(additionalData);
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    return undefined;
  }
}

/** A 256-bit key for `label`, the same on every call and after restarts: HMAC of the label under the master secret. */
export async function derivedKey(store: Store, label: string): Promise<Buffer> {
  const master = await masterSecret(store);
  return createHmac('sha256', master).update(label).digest();
}

async function masterSecret(store: Store): Promise<Buffer> {
  const existing = await store.collection<string>(MASTER).get('master');
  if (existing) return Buffer.from(existing, 'base64');
  return store.transaction(async (tx) => {
    const records = tx.collection<string>(MASTER);
    const raced = await records.get('master');
    if (raced) return Buffer.from(raced, 'base64');
    const fresh = randomBytes(32);
    await records.put('master', fresh.toString('base64'));
    return fresh;
  });
}
