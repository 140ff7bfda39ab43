import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import {
  CreateBucketCommand, DeleteBucketCommand, DeleteObjectCommand, GetBucketVersioningCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command,
  ListObjectVersionsCommand, PutBucketVersioningCommand, PutObjectCommand, S3ServiceException, type S3Client,
} from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { rawS3Request, s3Client } from './support.js';

const run = promisify(execFile);

async function s3Error(promise: Promise<unknown>): Promise<S3ServiceException> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof S3ServiceException, `expected an S3 error, got ${String(error)}`);
  return error;
}

describe('S3 versioning', () => {
  let nimbus: Nimbus;
  let s3: S3Client;
  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  async function versionedBucket(Bucket: string): Promise<void> {
    await s3.send(new CreateBucketCommand({ Bucket }));
    await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  }

  it('reports no status before versioning is configured, then Enabled and Suspended', async () => {
    const Bucket = 'versioning-status';
    await s3.send(new CreateBucketCommand({ Bucket }));
    assert.equal((await s3.send(new GetBucketVersioningCommand({ Bucket }))).Status, undefined);
    await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    assert.equal((await s3.send(new GetBucketVersioningCommand({ Bucket }))).Status, 'Enabled');
    await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Suspended' } }));
    assert.equal((await s3.send(new GetBucketVersioningCommand({ Bucket }))).Status, 'Suspended');
  });

  it('keeps every version, reads each by id, and answers version ids on PUT', async () => {
    const Bucket = 'versions-kept';
    await versionedBucket(Bucket);
    const first = await s3.send(new PutObjectCommand({ Bucket, Key: 'doc', Body: 'one' }));
    const second = await s3.send(new PutObjectCommand({ Bucket, Key: 'doc', Body: 'two' }));
    assert.ok(first.VersionId && second.VersionId && first.VersionId !== second.VersionId);
    const latest = await s3.send(new GetObjectCommand({ Bucket, Key: 'doc' }));
    assert.equal(await latest.Body!.transformToString(), 'two');
    assert.equal(latest.VersionId, second.VersionId);
    const old = await s3.send(new GetObjectCommand({ Bucket, Key: 'doc', VersionId: first.VersionId }));
    assert.equal(await old.Body!.transformToString(), 'one');
    assert.equal(old.VersionId, first.VersionId);
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: 'doc', VersionId: first.VersionId }));
    assert.equal(head.ContentLength, 3);
    const missing = await s3Error(s3.send(new GetObjectCommand({ Bucket, Key: 'doc', VersionId: 'A'.repeat(32) })));
    assert.equal(missing.name, 'NoSuchVersion');
    assert.equal(missing.$metadata.httpStatusCode, 404);
    const invalid = await s3Error(s3.send(new GetObjectCommand({ Bucket, Key: 'doc', VersionId: 'not-a-version' })));
    assert.equal(invalid.name, 'InvalidArgument');
    assert.equal(invalid.$metadata.httpStatusCode, 400);
  });

  it('hides a key behind a delete marker: 404 with x-amz-delete-marker, 405 for the marker by id, restore by deleting it', async () => {
    const Bucket = 'versions-markers';
    await versionedBucket(Bucket);
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: 'gone', Body: 'still here' }));
    const deleted = await s3.send(new DeleteObjectCommand({ Bucket, Key: 'gone' }));
    assert.equal(deleted.DeleteMarker, true);
    assert.ok(deleted.VersionId && deleted.VersionId !== put.VersionId);
    const get = await rawS3Request(nimbus.endpoint, { method: 'GET', path: `/${Bucket}/gone` });
    assert.equal(get.status, 404);
    assert.match(get.body, /<Code>NoSuchKey<\/Code>/);
    assert.equal(get.headers['x-amz-delete-marker'], 'true');
    assert.equal(get.headers['x-amz-version-id'], deleted.VersionId);
    const byId = await rawS3Request(nimbus.endpoint, { method: 'GET', path: `/${Bucket}/gone`, query: { versionId: deleted.VersionId! } });
    assert.equal(byId.status, 405);
    assert.match(byId.body, /<Code>MethodNotAllowed<\/Code>/);
    assert.equal(byId.headers['x-amz-delete-marker'], 'true');
    const listed = await s3.send(new ListObjectsV2Command({ Bucket }));
    assert.equal(listed.KeyCount, 0);
    const old = await s3.send(new GetObjectCommand({ Bucket, Key: 'gone', VersionId: put.VersionId }));
    assert.equal(await old.Body!.transformToString(), 'still here');
    const removed = await s3.send(new DeleteObjectCommand({ Bucket, Key: 'gone', VersionId: deleted.VersionId }));
    assert.equal(removed.DeleteMarker, true);
    assert.equal(removed.VersionId, deleted.VersionId);
    const restored = await s3.send(new GetObjectCommand({ Bucket, Key: 'gone' }));
    assert.equal(await restored.Body!.transformToString(), 'still here');
  });

  it('deletes a version for good and promotes the one before it', async () => {
    const Bucket = 'versions-purge';
    await versionedBucket(Bucket);
    const first = await s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'first' }));
    const second = await s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'second' }));
    const removed = await s3.send(new DeleteObjectCommand({ Bucket, Key: 'k', VersionId: second.VersionId }));
    assert.equal(removed.VersionId, second.VersionId);
    assert.equal(removed.DeleteMarker, undefined);
    const now = await s3.send(new GetObjectCommand({ Bucket, Key: 'k' }));
    assert.equal(await now.Body!.transformToString(), 'first');
    assert.equal(now.VersionId, first.VersionId);
    await s3.send(new DeleteObjectCommand({ Bucket, Key: 'k', VersionId: first.VersionId }));
    const listed = await s3.send(new ListObjectVersionsCommand({ Bucket }));
    assert.equal(listed.Versions, undefined);
    assert.equal(listed.DeleteMarkers, undefined);
  });

  it('writes the null version while Suspended, replacing the previous null version', async () => {
    const Bucket = 'versions-suspended';
    await s3.send(new CreateBucketCommand({ Bucket }));
    await s3.send(new PutObjectCommand({ Bucket, Key: 'n', Body: 'before versioning' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    const enabled = await s3.send(new PutObjectCommand({ Bucket, Key: 'n', Body: 'versioned' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Suspended' } }));
    const suspended = await s3.send(new PutObjectCommand({ Bucket, Key: 'n', Body: 'suspended' }));
    assert.equal(suspended.VersionId, 'null');
    const listed = await s3.send(new ListObjectVersionsCommand({ Bucket }));
    assert.deepEqual(listed.Versions?.map((v) => [v.VersionId, v.IsLatest, v.Size]), [['null', true, 9], [enabled.VersionId, false, 9]]);
    const nullVersion = await s3.send(new GetObjectCommand({ Bucket, Key: 'n', VersionId: 'null' }));
    assert.equal(await nullVersion.Body!.transformToString(), 'suspended');
    const marker = await s3.send(new DeleteObjectCommand({ Bucket, Key: 'n' }));
    assert.equal(marker.DeleteMarker, true);
    assert.equal(marker.VersionId, 'null');
    const after = await s3.send(new ListObjectVersionsCommand({ Bucket }));
    assert.deepEqual(after.Versions?.map((v) => v.VersionId), [enabled.VersionId]);
    assert.deepEqual(after.DeleteMarkers?.map((m) => [m.VersionId, m.IsLatest]), [['null', true]]);
  });

  it('lists versions with prefix, delimiter, markers and max-keys, newest first per key', async () => {
    const Bucket = 'versions-listing';
    await versionedBucket(Bucket);
    const ids: Record<string, string[]> = {};
    for (const key of ['a', 'b', 'dir/x', 'dir/y']) {
      for (const body of ['1', '2']) {
        const put = await s3.send(new PutObjectCommand({ Bucket, Key: key, Body: body }));
        (ids[key] ??= []).unshift(put.VersionId!);
      }
    }
    const marker = await s3.send(new DeleteObjectCommand({ Bucket, Key: 'b' }));
    const all = await s3.send(new ListObjectVersionsCommand({ Bucket, Delimiter: '/' }));
    assert.deepEqual(all.Versions?.map((v) => [v.Key, v.VersionId, v.IsLatest]), [
      ['a', ids.a![0], true], ['a', ids.a![1], false], ['b', ids.b![0], false], ['b', ids.b![1], false],
    ]);
    assert.deepEqual(all.DeleteMarkers?.map((m) => [m.Key, m.VersionId, m.IsLatest]), [['b', marker.VersionId, true]]);
    assert.deepEqual(all.CommonPrefixes, [{ Prefix: 'dir/' }]);
    assert.equal(all.IsTruncated, false);

    const page1 = await s3.send(new ListObjectVersionsCommand({ Bucket, MaxKeys: 3 }));
    assert.equal(page1.IsTruncated, true);
    assert.equal(page1.NextKeyMarker, 'b');
    assert.equal(page1.NextVersionIdMarker, marker.VersionId);
    const page2 = await s3.send(new ListObjectVersionsCommand({ Bucket, MaxKeys: 3, KeyMarker: page1.NextKeyMarker, VersionIdMarker: page1.NextVersionIdMarker }));
    assert.deepEqual(page2.Versions?.map((v) => [v.Key, v.VersionId]), [['b', ids.b![0]], ['b', ids.b![1]], ['dir/x', ids['dir/x']![0]]]);
    const afterKey = await s3.send(new ListObjectVersionsCommand({ Bucket, KeyMarker: 'b', Prefix: 'dir/' }));
    assert.deepEqual(afterKey.Versions?.map((v) => v.Key), ['dir/x', 'dir/x', 'dir/y', 'dir/y']);
    const bad = await s3Error(s3.send(new ListObjectVersionsCommand({ Bucket, VersionIdMarker: ids.a![0] })));
    assert.equal(bad.name, 'InvalidArgument');
  });

  it('answers list-object-versions to the AWS CLI', async () => {
    const Bucket = 'versions-cli';
    await versionedBucket(Bucket);
    await s3.send(new PutObjectCommand({ Bucket, Key: 'c', Body: 'x' }));
    await s3.send(new PutObjectCommand({ Bucket, Key: 'c', Body: 'yy' }));
    const { stdout } = await run('aws', ['--endpoint-url', nimbus.endpoint, 's3api', 'list-object-versions', '--bucket', Bucket, '--output', 'json'], { env: cliEnv(nimbus.endpoint) });
    const listed = JSON.parse(stdout) as { Versions: Array<{ Key: string; Size: number; IsLatest: boolean }> };
    assert.deepEqual(listed.Versions.map((v) => [v.Key, v.Size, v.IsLatest]), [['c', 2, true], ['c', 1, false]]);
  });

  it('refuses DeleteBucket while versions or delete markers remain', async () => {
    const Bucket = 'versions-not-empty';
    await versionedBucket(Bucket);
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: 'x' }));
    await s3.send(new DeleteObjectCommand({ Bucket, Key: 'k' }));
    const error = await s3Error(s3.send(new DeleteBucketCommand({ Bucket })));
    assert.equal(error.name, 'BucketNotEmpty');
    assert.equal(error.$metadata.httpStatusCode, 409);
    const listed = await s3.send(new ListObjectVersionsCommand({ Bucket }));
    await s3.send(new DeleteObjectCommand({ Bucket, Key: 'k', VersionId: put.VersionId }));
    await s3.send(new DeleteObjectCommand({ Bucket, Key: 'k', VersionId: listed.DeleteMarkers![0]!.VersionId }));
    await s3.send(new DeleteBucketCommand({ Bucket }));
  });
});
