import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, DeleteObjectCommand, ListObjectsCommand, PutBucketVersioningCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { rawS3Request, s3Client } from './support.js';

describe('S3 ListObjects (v1)', () => {
  let nimbus: Nimbus;
  let s3: S3Client;
  const Bucket = 'list-v1';
  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
    await s3.send(new CreateBucketCommand({ Bucket }));
    for (const Key of ['a', 'b', 'c/1', 'c/2', 'd e', 'f']) await s3.send(new PutObjectCommand({ Bucket, Key, Body: Key }));
  });
  after(() => nimbus.stop());

  it('pages with marker; NextMarker only with a delimiter', async () => {
    const page = await s3.send(new ListObjectsCommand({ Bucket, MaxKeys: 2 }));
    assert.deepEqual(page.Contents?.map((o) => o.Key), ['a', 'b']);
    assert.equal(page.IsTruncated, true);
    assert.equal(page.NextMarker, undefined);
    assert.ok(page.Contents?.[0]?.Owner?.ID);
    const next = await s3.send(new ListObjectsCommand({ Bucket, Marker: 'b' }));
    assert.deepEqual(next.Contents?.map((o) => o.Key), ['c/1', 'c/2', 'd e', 'f']);
    assert.equal(next.Marker, 'b');
    const rolled = await s3.send(new ListObjectsCommand({ Bucket, Delimiter: '/', MaxKeys: 3 }));
    assert.deepEqual(rolled.Contents?.map((o) => o.Key), ['a', 'b']);
    assert.deepEqual(rolled.CommonPrefixes, [{ Prefix: 'c/' }]);
    assert.equal(rolled.NextMarker, 'c/');
    const after = await s3.send(new ListObjectsCommand({ Bucket, Delimiter: '/', Marker: rolled.NextMarker }));
    assert.deepEqual(after.Contents?.map((o) => o.Key), ['d e', 'f']);
  });

  it('url-encodes keys with encoding-type=url', async () => {
    const raw = await rawS3Request(nimbus.endpoint, { method: 'GET', path: `/${Bucket}`, query: { 'encoding-type': 'url', prefix: 'd' } });
    assert.equal(raw.status, 200);
    assert.match(raw.body, /<Key>d\+e<\/Key>/);
    assert.match(raw.body, /<EncodingType>url<\/EncodingType>/);
  });

  it('leaves out keys whose latest version is a delete marker', async () => {
    const versioned = 'list-v1-versioned';
    await s3.send(new CreateBucketCommand({ Bucket: versioned }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: versioned, VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(new PutObjectCommand({ Bucket: versioned, Key: 'kept', Body: 'x' }));
    await s3.send(new PutObjectCommand({ Bucket: versioned, Key: 'hidden/x', Body: 'x' }));
    await s3.send(new DeleteObjectCommand({ Bucket: versioned, Key: 'hidden/x' }));
    const listed = await s3.send(new ListObjectsCommand({ Bucket: versioned, Delimiter: '/' }));
    assert.deepEqual(listed.Contents?.map((o) => o.Key), ['kept']);
    assert.equal(listed.CommonPrefixes, undefined);
  });
});
