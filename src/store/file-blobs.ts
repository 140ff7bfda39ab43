import { once } from 'node:events';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, fsyncSync, mkdirSync, openSync, closeSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlobInfo, BlobStore } from './store.js';

const BLOB_ID = /^[0-9a-f]{64}$/;
/** Bodies are read in 1 MiB chunks: a large GetObject then costs a sixteenth of the reads and socket writes of the default 64 KiB. */
const READ_CHUNK_BYTES = 1 << 20;

/**
 * Content-addressed blob files: `<dir>/<first two hex digits>/<sha256>`. A body is written to a
 * temporary name and renamed, so a reader never sees a partial blob and a key never becomes a path.
 *
 * Identical bodies share one file, so a writer can get back the id of a file that a transaction
 * has just released to zero references. `write` therefore pins the id until a transaction that
 * retains it ends (`unpin`), and `remove` leaves pinned files alone. Placing and removing a file
 * are synchronous so that neither can interleave with the other.
 */
export class FileBlobStore implements BlobStore {
  private readonly tmpDir: string;
  private readonly pins = new Map<string, number>();

  constructor(
    /** The directory the blob files live in. */
    readonly dir: string,
    private readonly fsync: boolean,
  ) {
    this.tmpDir = join(dir, 'tmp');
    rmSync(this.tmpDir, { recursive: true, force: true });
    mkdirSync(this.tmpDir, { recursive: true });
  }

  async write(source: Readable | Uint8Array): Promise<BlobInfo> {
    const tmp = join(this.tmpDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    const input = source instanceof Readable ? source : Readable.from([Buffer.from(source)]);
    const file = createWriteStream(tmp);
    try {
      await pipeline(input, measure, file);
      if (this.fsync) await syncFile(tmp);
    } catch (error) {
      // A source that fails early can beat the file's own open: wait for it to close, then remove it.
      if (!file.closed) await once(file, 'close').catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
      throw error;
    }
    const id = hash.digest('hex');
    this.place(tmp, id);
    return { id, size };
  }

  read(id: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.pathOf(id), { ...range, highWaterMark: READ_CHUNK_BYTES });
  }

  async readAll(id: string): Promise<Buffer> {
    return readFile(this.pathOf(id));
  }

  async size(id: string): Promise<number> {
    return (await stat(this.pathOf(id))).size;
  }

  has(id: string): boolean {
    return existsSync(this.pathOf(id));
  }

  /** Ends the pin one `write` took, once a transaction that retained the blob has ended. */
  unpin(id: string): void {
    const pins = (this.pins.get(id) ?? 0) - 1;
    if (pins > 0) this.pins.set(id, pins);
    else this.pins.delete(id);
  }

  /** Deletes the file unless a writer still holds a pin on it; callers check references first. */
  remove(id: string): void {
    if (this.pins.has(id)) return;
    try {
      unlinkSync(this.pathOf(id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  private place(tmp: string, id: string): void {
    const shard = join(this.dir, id.slice(0, 2));
    const target = join(shard, id);
    this.pins.set(id, (this.pins.get(id) ?? 0) + 1);
    try {
      mkdirSync(shard, { recursive: true });
      if (existsSync(target)) unlinkSync(tmp);
      else renameSync(tmp, target);
      if (this.fsync) syncDirectory(shard);
    } catch (error) {
      this.unpin(id);
      rmSync(tmp, { force: true });
      throw error;
    }
  }

  private pathOf(id: string): string {
    if (!BLOB_ID.test(id)) throw new Error(`not a blob id: ${id}`);
    return join(this.dir, id.slice(0, 2), id);
  }
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable across power loss: the directory entry is data too. */
function syncDirectory(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
