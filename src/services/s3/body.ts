import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import type { BlobStore } from '../../store/store.js';
import { createChecksum, type SupportedAlgorithm } from './checksums.js';
import type { ByteRange } from './ranges.js';
import type { ObjectRecord } from './state.js';

/**
 * An object's bytes as a stream. A multipart object is the blobs of its parts in order: a read
 * streams the parts the range touches one after another, so completing an upload copies nothing.
 */
export function readBody(blobs: BlobStore, object: ObjectRecord, range?: ByteRange): Readable {
  const start = range?.start ?? 0;
  const end = range?.end ?? object.size - 1;
  if (object.size === 0 || end < start) return Readable.from([]);
  const segments = object.parts ?? [{ blobId: object.blobId, size: object.size }];
  async function* bytes(): AsyncGenerator<Buffer> {
    let offset = 0;
    for (const segment of segments) {
      const first = Math.max(start, offset);
      const last = Math.min(end, offset + segment.size - 1);
      if (first <= last) yield* blobs.read(segment.blobId, { start: first - offset, end: last - offset });
      offset += segment.size;
      if (offset > end) return;
    }
  }
  return Readable.from(bytes(), { objectMode: false });
}

export interface WrittenBody {
  blob: { id: string; size: number };
  md5: Buffer;
  /** Base64, when an algorithm was asked for. */
  checksum?: string;
}

/**
 * Streams a request body to a blob, computing its MD5 (the ETag) and, when asked, a flexible
 * checksum on the way, so nothing is read twice.
 */
export async function writeBody(blobs: BlobStore, body: Readable | Uint8Array | undefined, algorithm?: SupportedAlgorithm): Promise<WrittenBody> {
  const hash = createHash('md5');
  const checksum = algorithm ? createChecksum(algorithm) : undefined;
  if (!(body instanceof Readable)) {
    const bytes = body ?? new Uint8Array();
    checksum?.update(bytes);
    return { blob: await blobs.write(bytes), md5: hash.update(bytes).digest(), checksum: await checksum?.digest() };
  }
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      checksum?.update(chunk);
      done(null, chunk);
    },
  });
  body.on('error', (error) => hashing.destroy(error));
  const blob = await blobs.write(body.pipe(hashing));
  return { blob, md5: hash.digest(), checksum: await checksum?.digest() };
}
