import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { AwsCrc32c } from '@aws-crypto/crc32c';
import { Crc64Nvme } from '@aws-sdk/crc64-nvme';

/** The flexible checksums S3 validates on upload; each is sent base64-encoded in `x-amz-checksum-<name>`. */
export type ChecksumAlgorithm = 'CRC32' | 'CRC32C' | 'CRC64NVME' | 'SHA1' | 'SHA256';

export interface Checksum {
  update(data: Uint8Array): void;
  /** The checksum, base64-encoded as it travels in headers. */
  digest(): Promise<string>;
}

const DIGEST_LENGTH: Record<ChecksumAlgorithm, number> = { CRC32: 4, CRC32C: 4, CRC64NVME: 8, SHA1: 20, SHA256: 32 };

export const CHECKSUM_ALGORITHMS = Object.keys(DIGEST_LENGTH) as ChecksumAlgorithm[];

export function createChecksum(algorithm: ChecksumAlgorithm): Checksum {
  switch (algorithm) {
    case 'CRC32': {
      // zlib's native CRC-32: object bodies run to gigabytes and a JavaScript CRC would dominate an upload.
      let value = 0;
      return { update: (data) => void (value = crc32(data, value)), digest: async () => bigEndian32(value) };
    }
    case 'CRC32C': {
      const crc = new AwsCrc32c();
      return { update: (data) => crc.update(data), digest: async () => Buffer.from(await crc.digest()).toString('base64') };
    }
    case 'CRC64NVME': {
      const crc = new Crc64Nvme();
      return { update: (data) => crc.update(data), digest: async () => Buffer.from(await crc.digest()).toString('base64') };
    }
    default: {
      const hash = createHash(algorithm === 'SHA1' ? 'sha1' : 'sha256');
      return { update: (data) => void hash.update(data), digest: async () => hash.digest('base64') };
    }
  }
}

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

function bigEndian32(value: number): string {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value >>> 0);
  return out.toString('base64');
}
