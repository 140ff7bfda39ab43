import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlobInfo, BlobStore } from './store.js';

const BLOB_ID = /^[0-9a-f]{64}$/;

/**
 * Content-addressed blob files: `<dir>/<first two hex digits>/<sha256>`. A body is written to a
 * temporary name and renamed, so a reader never sees a partial blob and a key never becomes a path.
 */
export class FileBlobStore implements BlobStore {
  private readonly tmpDir: string;

  constructor(
    private readonly dir: string,
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
    try {
      await pipeline(input, measure, createWriteStream(tmp));
      if (this.fsync) await syncFile(tmp);
      const id = hash.digest('hex');
      await this.place(tmp, id);
      return { id, size };
    } catch (error) {
      await unlink(tmp).catch(() => undefined);
      throw error;
    }
  }

  read(id: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.pathOf(id), range);
  }

  readAll(id: string): Promise<Buffer> {
    return readFile(this.pathOf(id));
  }

  async size(id: string): Promise<number> {
    return (await stat(this.pathOf(id))).size;
  }

  async remove(id: string): Promise<void> {
    await unlink(this.pathOf(id)).catch(() => undefined);
  }

  private async place(tmp: string, id: string): Promise<void> {
    const target = this.pathOf(id);
    mkdirSync(join(this.dir, id.slice(0, 2)), { recursive: true });
    try {
      await link(tmp, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        await rename(tmp, target);
        return;
      }
    }
    await unlink(tmp);
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
