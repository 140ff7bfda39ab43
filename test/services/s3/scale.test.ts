import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand, type ListObjectsV2CommandInput, type S3Client } from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from './support.js';

/**
 * Enough keys for five default pages. The 100,000-key figure was measured outside the suite: writing that
 * many objects one PutObject at a time takes minutes, which a test suite cannot spend.
 */
const KEYS = 5_000;
const FOLDERS = 37;
const BUCKET = 'many-keys';
const keyOf = (i: number) => `folder-${String(i % FOLDERS).padStart(2, '0')}/item-${String(i).padStart(5, '0')}`;

describe(`S3 ListObjectsV2 over ${KEYS.toLocaleString('en')} keys`, () => {
  let nimbus: Nimbus;
  let s3: S3Client;
  let expected: string[];

  /** Every page of a listing, following continuation tokens. */
  async function pages(input: Omit<ListObjectsV2CommandInput, 'Bucket'>) {
    const all = [];
    let token: string | undefined;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, ...input, ContinuationToken: token }));
      all.push(page);
      token = page.NextContinuationToken;
      assert.equal(page.IsTruncated, token !== undefined);
    } while (token);
    return all;
  }

  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    let next = 0;
    const writer = async () => {
      for (let i = next++; i < KEYS; i = next++) await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: keyOf(i), Body: `${i}` }));
    };
    await Promise.all(Array.from({ length: 64 }, writer));
    expected = Array.from({ length: KEYS }, (_, i) => keyOf(i)).sort();
  });
  after(async () => {
    s3.destroy();
    await nimbus.stop();
  });

  it('pages through every key in order, 1,000 to a page, with sizes', async () => {
    const all = await pages({});
    assert.equal(all.length, KEYS / 1000);
    assert.deepEqual(all.map((page) => page.KeyCount), Array(KEYS / 1000).fill(1000));
    const listed = all.flatMap((page) => page.Contents ?? []);
    assert.deepEqual(listed.map((object) => object.Key), expected);
    const sizeOf = (key: string) => String(Number(key.slice(-5))).length;
    assert.ok(listed.every((object) => object.Size === sizeOf(object.Key!)));
  });

  it('pages with an odd max-keys, never repeating or skipping a key', async () => {
    const all = await pages({ MaxKeys: 777 });
    assert.equal(all.length, Math.ceil(KEYS / 777));
    assert.ok(all.slice(0, -1).every((page) => page.KeyCount === 777 && page.MaxKeys === 777));
    assert.deepEqual(all.flatMap((page) => page.Contents ?? []).map((object) => object.Key), expected);
  });

  it('pages common prefixes and keys together under a delimiter', async () => {
    const all = await pages({ Delimiter: '/', MaxKeys: 10 });
    assert.equal(all.length, Math.ceil(FOLDERS / 10));
    const prefixes = all.flatMap((page) => page.CommonPrefixes ?? []).map((prefix) => prefix.Prefix);
    assert.deepEqual(prefixes, Array.from({ length: FOLDERS }, (_, i) => `folder-${String(i).padStart(2, '0')}/`));
    assert.ok(all.every((page) => page.Contents === undefined));

    const inFolder = await pages({ Prefix: 'folder-07/', MaxKeys: 100 });
    assert.deepEqual(inFolder.flatMap((page) => page.Contents ?? []).map((object) => object.Key), expected.filter((key) => key.startsWith('folder-07/')));
  });

  it('starts after a key deep in the bucket and pages to the end', async () => {
    const from = expected[KEYS - 2500];
    const all = await pages({ StartAfter: from });
    assert.deepEqual(all.flatMap((page) => page.Contents ?? []).map((object) => object.Key), expected.slice(KEYS - 2499));
  });
});
