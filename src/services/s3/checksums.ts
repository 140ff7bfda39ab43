import { createChecksum } from '../../common/checksums.js';
import type { ChecksumAlgorithm } from './api.generated.js';

export { createChecksum, type Checksum } from '../../common/checksums.js';

/**
 * The flexible checksums S3 keeps for objects and parts, and how a multipart object's checksum is
 * made from its parts' (the codec verifies what clients send; this computes what S3 stores).
 */
export type SupportedAlgorithm = 'CRC32' | 'CRC32C' | 'CRC64NVME' | 'SHA1' | 'SHA256';

export const CHECKSUM_MEMBERS = {
  CRC32: 'ChecksumCRC32',
  CRC32C: 'ChecksumCRC32C',
  CRC64NVME: 'ChecksumCRC64NVME',
  SHA1: 'ChecksumSHA1',
  SHA256: 'ChecksumSHA256',
} as const satisfies Record<SupportedAlgorithm, string>;

export type ChecksumMember = (typeof CHECKSUM_MEMBERS)[SupportedAlgorithm];

export const SUPPORTED_ALGORITHMS = Object.keys(CHECKSUM_MEMBERS) as SupportedAlgorithm[];

export const isSupported = (algorithm: ChecksumAlgorithm | string): algorithm is SupportedAlgorithm => algorithm in CHECKSUM_MEMBERS;

/** The algorithm whose `Checksum<Name>` member a request or part carries, and its value. */
export function sentChecksum(members: Partial<Record<ChecksumMember, string>>): { algorithm: SupportedAlgorithm; value: string } | undefined {
  const algorithm = SUPPORTED_ALGORITHMS.find((name) => members[CHECKSUM_MEMBERS[name]] !== undefined);
  return algorithm && { algorithm, value: members[CHECKSUM_MEMBERS[algorithm]]! };
}


/** A composite checksum: the checksum of the parts' checksums, then `-<number of parts>`. */
export async function compositeChecksum(algorithm: SupportedAlgorithm, partChecksums: string[]): Promise<string> {
  const checksum = createChecksum(algorithm);
  for (const value of partChecksums) checksum.update(Buffer.from(value, 'base64'));
  return `${await checksum.digest()}-${partChecksums.length}`;
}

/** The reflected polynomials of the CRCs that can describe a whole multipart object. */
const CRC_POLYNOMIALS: Partial<Record<SupportedAlgorithm, { width: bigint; poly: bigint }>> = {
  CRC32: { width: 32n, poly: 0xedb88320n },
  CRC32C: { width: 32n, poly: 0x82f63b78n },
  CRC64NVME: { width: 64n, poly: 0x9a6c9329ac4bc9b5n },
};

export const supportsFullObject = (algorithm: SupportedAlgorithm) => CRC_POLYNOMIALS[algorithm] !== undefined;

/**
 * The CRC of the whole object from its parts' CRCs and sizes, without reading a byte: appending
 * `n` bytes multiplies a CRC by x^(8n) modulo the polynomial (arithmetic in GF(2), bit-reflected).
 */
export function combineCrcs(algorithm: SupportedAlgorithm, parts: Array<{ checksum: string; size: number }>): string {
  const { width, poly } = CRC_POLYNOMIALS[algorithm]!;
  const top = 1n << (width - 1n);
  const multiply = (a: bigint, b: bigint): bigint => {
    let product = 0n;
    for (let bit = top; bit > 0n; bit >>= 1n) {
      if (a & bit) product ^= b;
      b = b & 1n ? (b >> 1n) ^ poly : b >> 1n;
    }
    return product;
  };
  // top >> k stands for x^k; appending n bytes multiplies by x^(8n), found by repeated squaring.
  const shiftByBytes = (bytes: number): bigint => {
    let result = top;
    let square = top >> 8n;
    for (let n = BigInt(bytes); n > 0n; n >>= 1n) {
      if (n & 1n) result = multiply(square, result);
      square = multiply(square, square);
    }
    return result;
  };
  const bytes = Number(width / 8n);
  let crc: bigint | undefined;
  for (const part of parts) {
    const value = BigInt(`0x${Buffer.from(part.checksum, 'base64').toString('hex')}`);
    crc = crc === undefined ? value : multiply(shiftByBytes(part.size), crc) ^ value;
  }
  return Buffer.from((crc ?? 0n).toString(16).padStart(bytes * 2, '0'), 'hex').toString('base64');
}
