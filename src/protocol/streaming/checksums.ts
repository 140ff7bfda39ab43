import type { ChecksumAlgorithm } from '../../common/checksums.js';

export { createChecksum, type Checksum, type ChecksumAlgorithm } from '../../common/checksums.js';

const DIGEST_LENGTH: Record<ChecksumAlgorithm, number> = { CRC32: 4, CRC32C: 4, CRC64NVME: 8, SHA1: 20, SHA256: 32 };

export const CHECKSUM_ALGORITHMS = Object.keys(DIGEST_LENGTH) as ChecksumAlgorithm[];

/** The algorithm a header such as `x-amz-checksum-crc32` names, if it names one. */
export function algorithmOfHeader(name: string): ChecksumAlgorithm | undefined {
  const match = /^x-amz-checksum-([a-z0-9]+)$/.exec(name.toLowerCase());
  const algorithm = match?.[1]?.toUpperCase() as ChecksumAlgorithm | undefined;
  return algorithm && algorithm in DIGEST_LENGTH ? algorithm : undefined;
}

export function headerOfAlgorithm(algorithm: ChecksumAlgorithm): string {
  return `x-amz-checksum-${algorithm.toLowerCase()}`;
}

/** Whether `value` is base64 of a digest of the algorithm's length. */
export function isWellFormedChecksum(algorithm: ChecksumAlgorithm, value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  return Buffer.from(value, 'base64').length === DIGEST_LENGTH[algorithm];
}
