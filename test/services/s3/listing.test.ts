import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { rawS3Request, s3Client, xmlText } from './support.js';

const KEYS = ['a.txt', 'photos/2023/jan.jpg', 'photos/2023/feb.jpg', 'photos/2024/mar.jpg', 'photos/cover.jpg', 'videos/clip.mp4', 'z file.txt'];

describe('S3 ListObjectsV2', () => {
  let nimbus: Nimbus;
  const Bucket = 'listing-bucket';
  before(async () => {
    nimbus = await startTestNimbus();
    const s3 = s3Client(nimbus.endpoint);
    await s3.send(new CreateBucketCommand({ Bucket }));
    for (const Key of KEYS) await s3.send(new PutObjectCommand({ Bucket, Key, Body: Key }));
  });
  after(() => nimbus.stop());

  it('lists every key in order with size, ETag, storage class and KeyCount', async () => {
    const listed = await s3Client(nimbus.endpoint).send(new ListObjectsV2Command({ Bucket }));
    assert.deepEqual(listed.Contents?.map((o) => o.Key), [...KEYS].sort());
    assert.equal(listed.KeyCount, KEYS.length);
    assert.equal(listed.IsTruncated, false);
    assert.equal(listed.MaxKeys, 1000);
    assert.equal(listed.Name, Bucket);
    const first = listed.Contents![0]!;
    assert.equal(first.Size, Buffer.byteLength(first.Key!));
    assert.match(first.ETag ?? '', /^"[0-9a-f]{32}"$/);
    assert.equal(first.StorageClass, 'STANDARD');
    assert.equal(first.Owner, undefined);
  });

  it('filters by prefix and rolls keys up into CommonPrefixes at the delimiter', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const top = await s3.send(new ListObjectsV2Command({ Bucket, Delimiter: '/' }));
    assert.deepEqual(top.Contents?.map((o) => o.Key), ['a.txt', 'z file.txt']);
    assert.deepEqual(top.CommonPrefixes?.map((p) => p.Prefix), ['photos/', 'videos/']);
    assert.equal(top.KeyCount, 4);
    const photos = await s3.send(new ListObjectsV2Command({ Bucket, Prefix: 'photos/', Delimiter: '/' }));
    assert.deepEqual(photos.Contents?.map((o) => o.Key), ['photos/cover.jpg']);
    assert.deepEqual(photos.CommonPrefixes?.map((p) => p.Prefix), ['photos/2023/', 'photos/2024/']);
    assert.equal(photos.Prefix, 'photos/');
  });

  it('pages with max-keys and continuation tokens, counting common prefixes', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const seen: string[] = [];
    let ContinuationToken: string | undefined;
    let pages = 0;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket, Delimiter: '/', MaxKeys: 1, ContinuationToken }));
      assert.ok((page.KeyCount ?? 0) <= 1);
      seen.push(...(page.Contents ?? []).map((o) => o.Key!), ...(page.CommonPrefixes ?? []).map((p) => p.Prefix!));
      assert.equal(page.IsTruncated, page.NextContinuationToken !== undefined);
      ContinuationToken = page.NextContinuationToken;
      pages++;
    } while (ContinuationToken && pages < 10);
    assert.deepEqual(seen, ['a.txt', 'photos/', 'videos/', 'z file.txt']);
  });

  it('starts after a key', async () => {
    const listed = await s3Client(nimbus.endpoint).send(new ListObjectsV2Command({ Bucket, StartAfter: 'photos/cover.jpg' }));
    assert.deepEqual(listed.Contents?.map((o) => o.Key), ['videos/clip.mp4', 'z file.txt']);
    assert.equal(listed.StartAfter, 'photos/cover.jpg');
  });

  it('includes the owner only with fetch-owner', async () => {
    const listed = await s3Client(nimbus.endpoint).send(new ListObjectsV2Command({ Bucket, FetchOwner: true, MaxKeys: 1 }));
    assert.match(listed.Contents?.[0]?.Owner?.ID ?? '', /^[0-9a-f]{64}$/);
  });

  it('URL-encodes keys and prefixes with encoding-type=url', async () => {
    const response = await rawS3Request(nimbus.endpoint, { method: 'GET', path: `/${Bucket}`, query: { 'list-type': '2', 'encoding-type': 'url', prefix: 'z ' } });
    assert.equal(response.status, 200);
    assert.match(response.body, /^<\?xml version="1.0" encoding="UTF-8"\?>\s*<ListBucketResult xmlns="http:\/\/s3.amazonaws.com\/doc\/2006-03-01\/">/);
    assert.equal(xmlText(response.body, 'Key'), 'z+file.txt');
    assert.equal(xmlText(response.body, 'Prefix'), 'z+');
    assert.equal(xmlText(response.body, 'EncodingType'), 'url');
  });

  it('answers NoSuchBucket, and InvalidArgument for a bad continuation token', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const missing = await s3.send(new ListObjectsV2Command({ Bucket: 'not-a-listed-bucket' })).catch((e: S3ServiceException) => e);
    assert.equal((missing as S3ServiceException).name, 'NoSuchBucket');
    const bad = await s3.send(new ListObjectsV2Command({ Bucket, ContinuationToken: '!!not-a-token!!' })).catch((e: S3ServiceException) => e);
    assert.equal((bad as S3ServiceException).name, 'InvalidArgument');
    assert.equal((bad as S3ServiceException).$metadata.httpStatusCode, 400);
  });
});
