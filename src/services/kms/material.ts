import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { EncryptionAlgorithmSpec, KeySpec, KeyUsageType, MacAlgorithmSpec, SigningAlgorithmSpec } from './api.generated.js';
import { validation } from './errors.js';

const HMAC_BYTES: Partial<Record<KeySpec, number>> = { HMAC_224: 28, HMAC_256: 32, HMAC_384: 48, HMAC_512: 64 };
const CURVES: Partial<Record<KeySpec, string>> = { ECC_NIST_P256: 'prime256v1', ECC_NIST_P384: 'secp384r1', ECC_NIST_P521: 'secp521r1', ECC_SECG_P256K1: 'secp256k1' };
const RSA_BITS: Partial<Record<KeySpec, number>> = { RSA_2048: 2048, RSA_3072: 3072, RSA_4096: 4096 };

/** Which usages each family of key specs allows. */
export function checkUsage(spec: KeySpec, usage: KeyUsageType): void {
  const allowed: KeyUsageType[] = spec === 'SYMMETRIC_DEFAULT' ? ['ENCRYPT_DECRYPT']
    : spec in RSA_BITS ? ['ENCRYPT_DECRYPT', 'SIGN_VERIFY']
    : spec in CURVES ? ['SIGN_VERIFY']
    : spec in HMAC_BYTES ? ['GENERATE_VERIFY_MAC']
    : [];
  if (!allowed.length) throw validation(`KeySpec ${spec} is not supported by Nimbus.`);
  if (!allowed.includes(usage)) throw validation(`KeyUsage ${usage} is not compatible with KeySpec ${spec}`);
}

/** Fresh key material: random bytes for symmetric and HMAC keys, a key pair (DER) for RSA and ECC. */
export function generateMaterial(spec: KeySpec): { material: string; publicKey?: string } {
  if (spec === 'SYMMETRIC_DEFAULT') return { material: randomBytes(32).toString('base64') };
  const hmac = HMAC_BYTES[spec];
  if (hmac) return { material: randomBytes(hmac).toString('base64') };
  const publicKeyEncoding = { type: 'spki', format: 'der' } as const;
  const privateKeyEncoding = { type: 'pkcs8', format: 'der' } as const;
  const pair = RSA_BITS[spec]
    ? generateKeyPairSync('rsa', { modulusLength: RSA_BITS[spec]!, publicKeyEncoding, privateKeyEncoding })
    : generateKeyPairSync('ec', { namedCurve: CURVES[spec]!, publicKeyEncoding, privateKeyEncoding });
  return { material: pair.privateKey.toString('base64'), publicKey: pair.publicKey.toString('base64') };
}

export function encryptionAlgorithms(spec: KeySpec, usage: KeyUsageType): EncryptionAlgorithmSpec[] | undefined {
  if (usage !== 'ENCRYPT_DECRYPT') return undefined;
  return spec === 'SYMMETRIC_DEFAULT' ? ['SYMMETRIC_DEFAULT'] : ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'];
}

export function signingAlgorithms(spec: KeySpec, usage: KeyUsageType): SigningAlgorithmSpec[] | undefined {
  if (usage !== 'SIGN_VERIFY') return undefined;
  if (spec in RSA_BITS) {
    return ['RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_512', 'RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512'];
  }
  return { ECC_NIST_P256: ['ECDSA_SHA_256'], ECC_NIST_P384: ['ECDSA_SHA_384'], ECC_NIST_P521: ['ECDSA_SHA_512'], ECC_SECG_P256K1: ['ECDSA_SHA_256'] }[spec as string] as SigningAlgorithmSpec[];
}

export function macAlgorithms(spec: KeySpec): MacAlgorithmSpec[] | undefined {
  return HMAC_BYTES[spec] ? [`HMAC_SHA_${spec.slice(5)}` as MacAlgorithmSpec] : undefined;
}
