import {
  constants, createHmac, createPrivateKey, createPublicKey, privateEncrypt, publicDecrypt, sign as signData, timingSafeEqual, verify as verifyData,
} from 'node:crypto';
import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type {
  GenerateMacRequest, GenerateMacResponse, GetPublicKeyRequest, GetPublicKeyResponse, MacAlgorithmSpec, SigningAlgorithmSpec,
  SignRequest, SignResponse, VerifyMacRequest, VerifyMacResponse, VerifyRequest, VerifyResponse,
} from './api.generated.js';
import { invalidKeyUsage, unsupported } from './errors.js';
import { encryptionAlgorithms, macAlgorithms, signingAlgorithms } from './material.js';
import type { KeyLookup } from './lookup.js';
import type { KeyRecord } from './state.js';

const DIGEST_BYTES: Record<string, number> = { sha256: 32, sha384: 48, sha512: 64 };

/** Signatures with RSA and ECC keys (DER-encoded ECDSA, as KMS returns), MACs with HMAC keys, public keys. */
export class Signing {
  constructor(private readonly lookup: KeyLookup) {}

  async sign(input: SignRequest, context: CallContext): Promise<SignResponse> {
    const key = await this.lookup.usable(input.KeyId, context);
    const hash = checkSigning(key, input.SigningAlgorithm);
    const message = messageBytes(Buffer.from(input.Message), input.MessageType, hash);
    const privateKey = createPrivateKey({ key: Buffer.from(key.material, 'base64'), format: 'der', type: 'pkcs8' });
    const signature = input.MessageType === 'DIGEST'
      ? signDigest(privateKey, message, input.SigningAlgorithm, hash)
      : signData(hash, message, { key: privateKey, ...padding(input.SigningAlgorithm) });
    return { KeyId: key.arn, Signature: signature, SigningAlgorithm: input.SigningAlgorithm };
  }

  async verify(input: VerifyRequest, context: CallContext): Promise<VerifyResponse> {
    const key = await this.lookup.usable(input.KeyId, context);
    const hash = checkSigning(key, input.SigningAlgorithm);
    const message = messageBytes(Buffer.from(input.Message), input.MessageType, hash);
    const publicKey = createPublicKey({ key: Buffer.from(key.publicKey!, 'base64'), format: 'der', type: 'spki' });
    const valid = input.MessageType === 'DIGEST'
      ? verifyDigest(publicKey, message, Buffer.from(input.Signature), input.SigningAlgorithm, hash)
      : safely(() => verifyData(hash, message, { key: publicKey, ...padding(input.SigningAlgorithm) }, Buffer.from(input.Signature)));
    if (!valid) throw new AwsError('KMSInvalidSignatureException', '');
    return { KeyId: key.arn, SignatureValid: true, SigningAlgorithm: input.SigningAlgorithm };
  }

  async getPublicKey(input: GetPublicKeyRequest, context: CallContext): Promise<GetPublicKeyResponse> {
    const key = await this.lookup.usable(input.KeyId, context);
    if (!key.publicKey) throw unsupported(`${key.arn} is not an asymmetric KMS key. GetPublicKey needs an asymmetric KMS key.`);
    return {
      KeyId: key.arn, PublicKey: Buffer.from(key.publicKey, 'base64'), KeySpec: key.keySpec, KeyUsage: key.keyUsage,
      CustomerMasterKeySpec: key.keySpec as GetPublicKeyResponse['CustomerMasterKeySpec'],
      EncryptionAlgorithms: encryptionAlgorithms(key.keySpec, key.keyUsage), SigningAlgorithms: signingAlgorithms(key.keySpec, key.keyUsage),
    };
  }

  async generateMac(input: GenerateMacRequest, context: CallContext): Promise<GenerateMacResponse> {
    const key = await this.lookup.usable(input.KeyId, context);
    return { KeyId: key.arn, Mac: mac(key, input.MacAlgorithm, Buffer.from(input.Message)), MacAlgorithm: input.MacAlgorithm };
  }

  async verifyMac(input: VerifyMacRequest, context: CallContext): Promise<VerifyMacResponse> {
    const key = await this.lookup.usable(input.KeyId, context);
    const expected = mac(key, input.MacAlgorithm, Buffer.from(input.Message));
    const given = Buffer.from(input.Mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AwsError('KMSInvalidMacException', '');
    return { KeyId: key.arn, MacValid: true, MacAlgorithm: input.MacAlgorithm };
  }
}

/** The hash an algorithm signs with, once the key is known to support it. */
function checkSigning(key: KeyRecord, algorithm: SigningAlgorithmSpec): string {
  if (key.keyUsage !== 'SIGN_VERIFY') throw invalidKeyUsage(`${key.arn} key usage is ${key.keyUsage} which is not valid for this operation.`);
  if (!signingAlgorithms(key.keySpec, key.keyUsage)?.includes(algorithm)) {
    throw invalidKeyUsage(`Algorithm ${algorithm} is incompatible with key spec ${key.keySpec}.`);
  }
  return `sha${algorithm.slice(-3)}`;
}

function messageBytes(message: Buffer, type: string | undefined, hash: string): Buffer {
  if (type === 'DIGEST' && message.length !== DIGEST_BYTES[hash]) {
    throw new AwsError('ValidationException', `Digest is invalid length for algorithm ${hash.toUpperCase()}.`);
  }
  return message;
}

function padding(algorithm: SigningAlgorithmSpec) {
  if (algorithm.startsWith('RSASSA_PSS')) return { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST };
  if (algorithm.startsWith('ECDSA')) return { dsaEncoding: 'der' as const };
  return { padding: constants.RSA_PKCS1_PADDING };
}

/** DER prefixes of the DigestInfo that PKCS#1 v1.5 signs, per hash. */
const DIGEST_INFO: Record<string, string> = {
  sha256: '3031300d060960864801650304020105000420',
  sha384: '3041300d060960864801650304020205000430',
  sha512: '3051300d060960864801650304020305000440',
};

/** A precomputed digest: PKCS#1 v1.5 signs its DigestInfo directly; other schemes need the message. */
function signDigest(key: ReturnType<typeof createPrivateKey>, digest: Buffer, algorithm: SigningAlgorithmSpec, hash: string): Buffer {
  if (!algorithm.startsWith('RSASSA_PKCS1')) throw digestUnsupported(algorithm);
  return privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([Buffer.from(DIGEST_INFO[hash]!, 'hex'), digest]));
}

function verifyDigest(key: ReturnType<typeof createPublicKey>, digest: Buffer, signature: Buffer, algorithm: SigningAlgorithmSpec, hash: string): boolean {
  if (!algorithm.startsWith('RSASSA_PKCS1')) throw digestUnsupported(algorithm);
  const expected = Buffer.concat([Buffer.from(DIGEST_INFO[hash]!, 'hex'), digest]);
  return safely(() => publicDecrypt({ key, padding: constants.RSA_PKCS1_PADDING }, signature).equals(expected));
}

function digestUnsupported(algorithm: string): AwsError {
  return unsupported(`MessageType DIGEST with ${algorithm} is not supported by Nimbus; send the RAW message.`);
}

function mac(key: KeyRecord, algorithm: MacAlgorithmSpec, message: Buffer): Buffer {
  if (key.keyUsage !== 'GENERATE_VERIFY_MAC') throw invalidKeyUsage(`${key.arn} key usage is ${key.keyUsage} which is not valid for this operation.`);
  if (!macAlgorithms(key.keySpec)?.includes(algorithm)) throw invalidKeyUsage(`Algorithm ${algorithm} is incompatible with key spec ${key.keySpec}.`);
  return createHmac(`sha${algorithm.slice(-3)}`, Buffer.from(key.material, 'base64')).update(message).digest();
}

function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}
