import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Store } from '../../src/store/store.js';
import type { StoreFactory } from './contract.js';
import { withStore } from './contract.js';

/** UTF-8 byte order, which is S3's listing order (and code point order). */
const utf8Order = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

const AWKWARD_KEYS = [
  'a', 'a/b', 'a/b/c', 'a0', 'ab', 'a.', 'a..', '../../escape', '..', '/absolute', '%00', 'a%00b', 'nul\u0000byte',
  'é', 'e\u0301', 'Z', 'z', '日本/語', '\u{1F600}', 'a\u{1F600}', '\uFFFD', '\uE000', 'a\uFFFF', '\u007F', ' space', 'UPPER',
];

export function recordContract(factory: StoreFactory): void {
  describe('records', () => {
    it('gets, puts, overwrites and deletes JSON values', () =>
      withStore(factory, async (store) => {
        const things = store.collection<{ n: number; tags: string[]; nested: { ok: boolean } | null }>('things');
        assert.equal(await things.get('missing'), undefined);
        const value = { n: 1.5, tags: ['x', 'ü'], nested: { ok: true } };
        await things.put('k', value);
        assert.deepEqual(await things.get('k'), value);
        await things.put('k', { n: 2, tags: [], nested: null });
        assert.deepEqual(await things.get('k'), { n: 2, tags: [], nested: null });
        assert.equal(await things.delete('k'), true);
        assert.equal(await things.delete('k'), false);
        assert.equal(await things.get('k'), undefined);
      }));

    it('keeps collections apart, including ones whose names prefix each other', () =>
      withStore(factory, async (store) => {
        await store.collection('a').put('k', 'in a');
        await store.collection('ab').put('k', 'in ab');
        assert.equal(await store.collection('a').get('k'), 'in a');
        assert.equal(await store.collection('ab').get('k'), 'in ab');
        assert.deepEqual(await store.collection('a').list(), [{ key: 'k', value: 'in a' }]);
        assert.equal(await store.collection('a').count(), 1);
      }));

    it('lists every key in UTF-8 byte order, awkward keys included, and reads each back', () =>
      withStore(factory, async (store) => {
        const keys = store.collection<string>('keys');
        for (const key of [...AWKWARD_KEYS].reverse()) await keys.put(key, `v:${key}`);
        const listed = await keys.list();
        assert.deepEqual(listed.map((e) => e.key), [...AWKWARD_KEYS].sort(utf8Order));
        for (const key of AWKWARD_KEYS) assert.equal(await keys.get(key), `v:${key}`);
        assert.equal(await keys.count(), AWKWARD_KEYS.length);
      }));

    it('lists by prefix, including keys that continue with characters beyond U+FFFF', () =>
      withStore(factory, async (store) => {
        const keys = store.collection<number>('keys');
        for (const key of AWKWARD_KEYS) await keys.put(key, 1);
        const expectA = AWKWARD_KEYS.filter((k) => k.startsWith('a')).sort(utf8Order);
        assert.deepEqual((await keys.list({ prefix: 'a' })).map((e) => e.key), expectA);
        assert.equal(await keys.count('a'), expectA.length);
        assert.deepEqual((await keys.list({ prefix: 'a/' })).map((e) => e.key), ['a/b', 'a/b/c']);
        assert.deepEqual((await keys.list({ prefix: '..' })).map((e) => e.key), ['..', '../../escape']);
        assert.deepEqual((await keys.list({ prefix: '日本' })).map((e) => e.key), ['日本/語']);
        assert.deepEqual((await keys.list({ prefix: 'nothing' })), []);
        assert.equal(await keys.count('nothing'), 0);
      }));

    it('lists after a key (exclusive) and up to a limit, and pages through everything exactly once', () =>
      withStore(factory, async (store) => {
        const keys = store.collection<number>('keys');
        for (const key of AWKWARD_KEYS) await keys.put(key, 1);
        const sorted = [...AWKWARD_KEYS].sort(utf8Order);
        assert.deepEqual((await keys.list({ after: 'a/b' })).map((e) => e.key), sorted.slice(sorted.indexOf('a/b') + 1));
        assert.deepEqual((await keys.list({ after: 'a/a', limit: 2 })).map((e) => e.key), ['a/b', 'a/b/c']);
        assert.deepEqual((await keys.list({ prefix: 'a', after: '0' })).map((e) => e.key), sorted.filter((k) => k.startsWith('a')));
        assert.deepEqual((await keys.list({ prefix: 'a', after: 'a\uFFFF' })).map((e) => e.key), ['a\u{1F600}']);
        assert.deepEqual(await keys.list({ prefix: 'a', after: 'b' }), []);
        assert.deepEqual(await keys.list({ limit: 0 }), []);
        for (const pageSize of [1, 3, 7]) {
          const seen: string[] = [];
          let after: string | undefined;
          for (;;) {
            const page = await keys.list({ after, limit: pageSize });
            seen.push(...page.map((e) => e.key));
            if (page.length < pageSize) break;
            after = page.at(-1)!.key;
          }
          assert.deepEqual(seen, sorted, `page size ${pageSize}`);
        }
      }));

    it('clears the collections whose names start with a prefix, or all of them', () =>
      withStore(factory, async (store) => {
        await store.collection('sqs:queues').put('q', 1);
        await store.collection('sqs:messages').put('m', 1);
        await store.collection('s3:buckets').put('b', 1);
        await store.collection('\u{1F600}').put('e', 1);
        await store.clear('sqs:');
        assert.equal(await store.collection('sqs:queues').count(), 0);
        assert.equal(await store.collection('sqs:messages').get('m'), undefined);
        assert.equal(await store.collection('s3:buckets').get('b'), 1);
        await store.clear();
        assert.equal(await store.collection('s3:buckets').count(), 0);
        assert.equal(await store.collection('\u{1F600}').count(), 0);
      }));

    it('never turns a key into a file', () =>
      withStore(factory, async (store) => {
        const before = factory.files(store).sort();
        const keys = store.collection<number>('../../escape');
        for (const key of AWKWARD_KEYS) await keys.put(key, 1);
        await store.transaction(async (tx) => {
          for (const key of AWKWARD_KEYS) await tx.collection('/absolute').put(key, 2);
        });
        const after = factory.files(store).sort();
        assert.deepEqual(after.filter((f) => !before.includes(f) && !/^state\.db(-wal|-shm)?$/.test(f)), []);
      }));

    if (factory.reopen) {
      const reopen = factory.reopen.bind(factory);
      it('keeps records, blobs and references across a reopen', () =>
        withStore(factory, async (first) => {
          const keys = first.collection<string>('keys');
          for (const key of AWKWARD_KEYS) await keys.put(key, `v:${key}`);
          const blob = await first.blobs.write(Buffer.from('kept across reopen'));
          await first.transaction(async (tx) => {
            await tx.collection('objects').put('o', blob.id);
            await tx.retainBlob(blob.id);
          });
          const store = await reopen(first);
          assert.deepEqual((await store.collection<string>('keys').list()).map((e) => e.key), [...AWKWARD_KEYS].sort(utf8Order));
          assert.equal(await store.collection('keys').get('nul\u0000byte'), 'v:nul\u0000byte');
          assert.equal((await store.blobs.readAll(blob.id)).toString(), 'kept across reopen');
          await store.transaction((tx) => tx.releaseBlob(blob.id));
          assert.equal(blobFileExists(factory, store, blob.id), false);
          return store;
        }));
    }
  });
}


/** Whether the blob's content-addressed file is on disk. */
export function blobFileExists(factory: StoreFactory, store: Store, id: string): boolean {
  return existsSync(join(factory.blobDir(store), id.slice(0, 2), id));
}
