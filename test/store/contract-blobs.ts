import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, it } from 'node:test';
import type { Store } from '../../src/store/store.js';
import type { StoreFactory } from './contract.js';
import { settle, withStore } from './contract.js';
import { blobFileExists } from './contract-records.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Blob files on disk, leaving out the temporary directory. */
function blobFiles(factory: StoreFactory, store: Store): string[] {
  const dir = factory.blobDir(store);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(dir.length + 1))
    .filter((path) => !path.startsWith('tmp'));
}

export function blobContract(factory: StoreFactory): void {
  describe('blobs', () => {
    it('writes from a buffer and from a stream, addressing both by SHA-256 and keeping one file', () =>
      withStore(factory, async (store) => {
        const body = randomBytes(3 * 1024 * 1024 + 17);
        const fromBuffer = await store.blobs.write(body);
        assert.deepEqual(fromBuffer, { id: sha256(body), size: body.length });
        const chunks = [body.subarray(0, 1000), body.subarray(1000, 2_000_000), body.subarray(2_000_000)];
        const fromStream = await store.blobs.write(Readable.from(chunks));
        assert.deepEqual(fromStream, fromBuffer);
        assert.deepEqual(await store.blobs.readAll(fromBuffer.id), body);
        assert.deepEqual(await buffer(store.blobs.read(fromBuffer.id)), body);
        assert.equal(await store.blobs.size(fromBuffer.id), body.length);
        assert.deepEqual(blobFiles(factory, store), [join(fromBuffer.id.slice(0, 2), fromBuffer.id)]);
      }));

    it('stores the empty blob', () =>
      withStore(factory, async (store) => {
        const empty = await store.blobs.write(new Uint8Array(0));
        assert.deepEqual(empty, { id: sha256(new Uint8Array(0)), size: 0 });
        assert.equal((await store.blobs.readAll(empty.id)).length, 0);
      }));

    it('reads inclusive byte ranges', () =>
      withStore(factory, async (store) => {
        const body = Buffer.from('0123456789abcdef');
        const { id } = await store.blobs.write(body);
        assert.equal((await buffer(store.blobs.read(id, { start: 2, end: 5 }))).toString(), '2345');
        assert.equal((await buffer(store.blobs.read(id, { start: 0, end: 0 }))).toString(), '0');
        assert.equal((await buffer(store.blobs.read(id, { start: 10, end: 15 }))).toString(), 'abcdef');
      }));

    it('shows no partial blob while a stream is still being written', () =>
      withStore(factory, async (store) => {
        const first = randomBytes(64 * 1024);
        const second = randomBytes(64 * 1024);
        const id = sha256(Buffer.concat([first, second]));
        const source = new PassThrough();
        const writing = store.blobs.write(source);
        source.write(first);
        await settle();
        assert.deepEqual(blobFiles(factory, store), []);
        await assert.rejects(store.blobs.readAll(id));
        source.end(second);
        assert.equal((await writing).id, id);
        assert.deepEqual(await store.blobs.readAll(id), Buffer.concat([first, second]));
      }));

    it('leaves nothing behind when the source stream fails', () =>
      withStore(factory, async (store) => {
        const source = new PassThrough();
        const writing = store.blobs.write(source);
        source.write(randomBytes(1024));
        await settle();
        source.destroy(new Error('client went away'));
        await assert.rejects(writing, /client went away/);
        assert.deepEqual(blobFiles(factory, store), []);
        assert.deepEqual(readdirSync(join(factory.blobDir(store), 'tmp')), []);
      }));

    it('never turns a name into a path', () =>
      withStore(factory, async (store) => {
        for (const id of ['../../etc/passwd', '..', '/etc/passwd', 'a'.repeat(63), 'A'.repeat(64), `${'a'.repeat(64)}/..`]) {
          assert.throws(() => store.blobs.read(id), /not a blob id/);
          await assert.rejects(store.blobs.readAll(id), /not a blob id/);
          await assert.rejects(store.blobs.size(id), /not a blob id/);
        }
      }));

    it('removes the file only when the last reference is released, and only after commit', () =>
      withStore(factory, async (store) => {
        const { id } = await store.blobs.write(Buffer.from('shared body'));
        await store.transaction(async (tx) => {
          await tx.retainBlob(id);
          await tx.retainBlob(id);
        });
        await store.transaction((tx) => tx.releaseBlob(id));
        assert.equal(blobFileExists(factory, store, id), true, 'one reference is left');
        await assert.rejects(
          store.transaction(async (tx) => {
            await tx.releaseBlob(id);
            throw new Error('roll back');
          }),
        );
        assert.equal(blobFileExists(factory, store, id), true, 'a rolled-back release keeps the file');
        await store.transaction(async (tx) => {
          await tx.releaseBlob(id);
          await settle();
          assert.equal(blobFileExists(factory, store, id), true, 'not before commit');
        });
        assert.equal(blobFileExists(factory, store, id), false, 'gone once the releasing transaction resolves');
      }));

    it('keeps a file released to zero and retained again in the same transaction', () =>
      withStore(factory, async (store) => {
        const { id } = await store.blobs.write(Buffer.from('moved'));
        await store.transaction((tx) => tx.retainBlob(id));
        await store.transaction(async (tx) => {
          await tx.releaseBlob(id);
          await tx.retainBlob(id);
        });
        assert.equal(blobFileExists(factory, store, id), true);
      }));

    it('keeps a file that a concurrent writer of the same bytes is about to retain', () =>
      withStore(factory, async (store) => {
        const body = Buffer.from('same bytes, two objects');
        const { id } = await store.blobs.write(body);
        await store.transaction((tx) => tx.retainBlob(id));
        const again = await store.blobs.write(body);
        assert.equal(again.id, id);
        await store.transaction((tx) => tx.releaseBlob(id));
        await store.transaction((tx) => tx.retainBlob(again.id));
        assert.deepEqual(await store.blobs.readAll(id), body);
      }));

    it('removes a written blob whose retaining transaction rolled back', () =>
      withStore(factory, async (store) => {
        const { id } = await store.blobs.write(Buffer.from('never committed'));
        await assert.rejects(
          store.transaction(async (tx) => {
            await tx.retainBlob(id);
            throw new Error('roll back');
          }),
        );
        assert.equal(blobFileExists(factory, store, id), false);
      }));

    it('refuses to retain a blob that is not stored', () =>
      withStore(factory, async (store) => {
        await assert.rejects(store.transaction((tx) => tx.retainBlob('0'.repeat(64))));
        assert.equal(await store.collection('_blob_refs').get('0'.repeat(64)), undefined);
      }));
  });
}
