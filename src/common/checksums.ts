import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { AwsCrc32c } from '@aws-crypto/crc32c';
import { Crc64Nvme } from '@aws-sdk/crc64-nvme';

/** The flexible checksums AWS accepts on uploads; each travels base64-encoded. */
export type ChecksumAlgorithm = 'CRC32' | 'CRC32C' | 'CRC64NVME' | 'SHA1' | 'SHA256';

export interface Checksum {
  update(data: Uint8Array): void;
  /** The checksum, base64-encoded as it travels in headers and XML. */
  digest(): Promise<string>;
}

export function createChecksum(algorithm: ChecksumAlgorithm): Checksum {
  switch (algorithm) {
    case 'CRC32': {
      // zlib's native CRC-32: bodies run to gigabytes and a JavaScript CRC would dominate an upload.
      let value = 0;
      return { update: (data) => void (value = crc32(data, value)), digest: async () => bigEndian32(value) };
    }
    case 'CRC32C':
    case 'CRC64NVME': {
      const crc = algorithm === 'CRC32C' ? new AwsCrc32c() : new Crc64Nvme();
      return { update: (data) => crc.update(data), digest: async () => Buffer.from(await crc.digest()).toString('base64') };
    }
    default: {
      const hash = createHash(algorithm === 'SHA1' ? 'sha1' : 'sha256');
      return { update: (data) => void hash.update(data), digest: async () => hash.digest('base64') };
    }
  }
}

function bigEndian32(value: number): string {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value >>> 0);
  return out.toString('base64');
}
