import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM sealing shared by the services that encrypt at rest (KMS, SSM SecureString). It holds
 * no state: a caller brings its own key, or derives one from a master secret it keeps and a label,
 * so two services encrypt alike without reading each other's records.
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

/** A 256-bit key for `label` under a master secret: the same on every call and after restarts. */
export function derivedKey(master: Buffer, label: string): Buffer {
  return createHmac('sha256', master).update(label).digest();
}
