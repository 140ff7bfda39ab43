import { constants, publicEncrypt, privateDecrypt, randomBytes } from 'node:crypto';
import { open, seal } from '../../common/envelope-crypto.js';
import type { CallContext } from '../../common/call-context.js';
import { AwsError } from '../../common/aws-error.js';
import type {
  DecryptRequest, DecryptResponse, EncryptionAlgorithmSpec, EncryptRequest, EncryptResponse, GenerateDataKeyRequest,
  GenerateDataKeyResponse, GenerateDataKeyWithoutPlaintextRequest, GenerateDataKeyWithoutPlaintextResponse,
  GenerateRandomRequest, GenerateRandomResponse, ReEncryptRequest, ReEncryptResponse,
} from './api.generated.js';
import { invalidCiphertext, invalidKeyUsage, validation } from './errors.js';
import { checkUsable, type KeyLookup } from './lookup.js';
import type { KeyRecord } from './state.js';

const BLOB_VERSION = 1;

/**
 * Encryption with symmetric keys (AES-256-GCM, the encryption context as additional data) and RSA
 * keys (OAEP). A symmetric ciphertext names its key, so Decrypt needs no KeyId, and only that key's
 * material opens it.
 */
export class Cryptography {
  constructor(private readonly lookup: KeyLookup) {}

  async encrypt(input: EncryptRequest, context: CallContext): Promise<EncryptResponse> {
    const key = await this.lookup.usable(input.KeyId, context);
    const algorithm = input.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
    return { CiphertextBlob: encryptWith(key, Buffer.from(input.Plaintext ?? new Uint8Array()), input.EncryptionContext, algorithm), KeyId: key.arn, EncryptionAlgorithm: algorithm };
  }

  async decrypt(input: DecryptRequest, context: CallContext): Promise<DecryptResponse> {
    const { key, plaintext, algorithm } = await this.open(input.CiphertextBlob ?? new Uint8Array(), input.KeyId, input.EncryptionContext, input.EncryptionAlgorithm, context);
    return { KeyId: key.arn, Plaintext: plaintext, EncryptionAlgorithm: algorithm };
  }

  async reEncrypt(input: ReEncryptRequest, context: CallContext): Promise<ReEncryptResponse> {
    const source = await this.open(input.CiphertextBlob ?? new Uint8Array(), input.SourceKeyId, input.SourceEncryptionContext, input.SourceEncryptionAlgorithm, context);
    const destination = await this.lookup.usable(input.DestinationKeyId, context);
    const algorithm = input.DestinationEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT';
    return {
      CiphertextBlob: encryptWith(destination, source.plaintext, input.DestinationEncryptionContext, algorithm),
      SourceKeyId: source.key.arn, KeyId: destination.arn,
      SourceEncryptionAlgorithm: source.algorithm, DestinationEncryptionAlgorithm: algorithm,
    };
  }

  async generateDataKey(input: GenerateDataKeyRequest, context: CallContext): Promise<GenerateDataKeyResponse> {
    const key = await this.lookup.usable(input.KeyId, context);
    const plaintext = randomBytes(dataKeyBytes(input.KeySpec, input.NumberOfBytes));
    return { CiphertextBlob: encryptWith(key, plaintext, input.EncryptionContext, 'SYMMETRIC_DEFAULT'), Plaintext: plaintext, KeyId: key.arn };
  }

  async generateDataKeyWithoutPlaintext(input: GenerateDataKeyWithoutPlaintextRequest, context: CallContext): Promise<GenerateDataKeyWithoutPlaintextResponse> {
    const { CiphertextBlob, KeyId } = await this.generateDataKey(input, context);
    return { CiphertextBlob, KeyId };
  }

  generateRandom(input: GenerateRandomRequest): Promise<GenerateRandomResponse> {
    const bytes = input.NumberOfBytes ?? 32;
    if (bytes < 1 || bytes > 1024) throw validation(`1 validation error detected: Value '${bytes}' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024`);
    return Promise.resolve({ Plaintext: randomBytes(bytes) });
  }

  private async open(blob: Uint8Array, keyId: string | undefined, encryptionContext: Record<string, string> | undefined, algorithm: EncryptionAlgorithmSpec | undefined, context: CallContext) {
    const chosen = algorithm ?? 'SYMMETRIC_DEFAULT';
    if (chosen !== 'SYMMETRIC_DEFAULT') {
      if (!keyId) throw validation('KeyId is required for asymmetric decryption.');
      const key = await this.lookup.usable(keyId, context);
      requireUsage(key, chosen);
      try {
        return { key, algorithm: chosen, plaintext: privateDecrypt(rsaKey(key, chosen, 'private'), Buffer.from(blob)) };
      } catch {
        throw invalidCiphertext();
      }
    }
    const parsed = parseBlob(Buffer.from(blob));
    const key = await this.lookup.find(parsed.keyId, context).catch(() => {
      throw invalidCiphertext();
    });
    if (keyId) {
      const asked = await this.lookup.find(keyId, context);
      if (asked.keyId !== key.keyId) throw new AwsError('IncorrectKeyException', 'The key ID in the request does not identify a CMK that can perform this operation.');
    }
    checkUsable(key);
    requireUsage(key, chosen);
    const plaintext = open(Buffer.from(key.material, 'base64'), parsed.sealed, contextBytes(encryptionContext));
    if (!plaintext) throw invalidCiphertext();
    return { key, algorithm: chosen, plaintext };
  }
}

function encryptWith(key: KeyRecord, plaintext: Buffer, encryptionContext: Record<string, string> | undefined, algorithm: EncryptionAlgorithmSpec): Buffer {
  requireUsage(key, algorithm);
  if (algorithm !== 'SYMMETRIC_DEFAULT') return publicEncrypt(rsaKey(key, algorithm, 'public'), plaintext);
  const id = Buffer.from(key.keyId, 'utf8');
  return Buffer.concat([Buffer.from([BLOB_VERSION, id.length]), id, seal(Buffer.from(key.material, 'base64'), plaintext, contextBytes(encryptionContext))]);
}

function requireUsage(key: KeyRecord, algorithm: EncryptionAlgorithmSpec): void {
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') throw invalidKeyUsage(`${key.arn} key usage is ${key.keyUsage} which is not valid for this operation.`);
  const symmetric = key.keySpec === 'SYMMETRIC_DEFAULT';
  if (symmetric !== (algorithm === 'SYMMETRIC_DEFAULT') || algorithm === 'SM2PKE') {
    throw invalidKeyUsage(`The operation failed because the specified KMS key does not support ${algorithm}.`);
  }
}

function rsaKey(key: KeyRecord, algorithm: EncryptionAlgorithmSpec, half: 'public' | 'private') {
  const der = Buffer.from(half === 'public' ? key.publicKey! : key.material, 'base64');
  return { key: der, format: 'der' as const, type: half === 'public' ? ('spki' as const) : ('pkcs8' as const), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: algorithm === 'RSAES_OAEP_SHA_1' ? 'sha1' : 'sha256' };
}

/** The id of the key a symmetric ciphertext was made with, or undefined when it is not one of this KMS's ciphertexts. */
export function keyIdOfCiphertext(blob: unknown): string | undefined {
  if (!(blob instanceof Uint8Array)) return undefined;
  try {
    return parseBlob(Buffer.from(blob)).keyId;
  } catch {
    return undefined;
  }
}

function parseBlob(blob: Buffer): { keyId: string; sealed: Buffer } {
  if (blob.length < 2 || blob[0] !== BLOB_VERSION || blob.length < 2 + blob[1]!) throw invalidCiphertext();
  return { keyId: blob.subarray(2, 2 + blob[1]!).toString('utf8'), sealed: blob.subarray(2 + blob[1]!) };
}

/** The encryption context binds as additional data: the same pairs, in any order, open the ciphertext. */
function contextBytes(encryptionContext: Record<string, string> | undefined): Buffer {
  const pairs = Object.entries(encryptionContext ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Buffer.from(JSON.stringify(pairs), 'utf8');
}

function dataKeyBytes(spec: string | undefined, numberOfBytes: number | undefined): number {
  if (spec && numberOfBytes !== undefined) throw validation('Please specify either number of bytes or key spec.');
  if (numberOfBytes !== undefined) return numberOfBytes;
  if (spec === 'AES_128') return 16;
  if (spec === 'AES_256') return 32;
  throw validation('Please specify either number of bytes or key spec.');
}
