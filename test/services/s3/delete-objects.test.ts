import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateBucketCommand, DeleteObjectsCommand, ListObjectsV2Command, ListObjectVersionsCommand, PutBucketVersioningCommand, PutObjectCommand,
  PutObjectLegalHoldCommand, S3ServiceException, type S3Client,
} from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { rawS3Request, s3Client } from './support.js';
import { createHash } from 'node:crypto';

describe('S3 DeleteObjects', () => {
  let nimbus: Nimbus;
  let s3: S3Client;
  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('deletes many keys, reporting each (verbose) or only errors (quiet)', async () => {
    const Bucket = 'batch-delete';
    await s3.send(new CreateBucketCommand({ Bucket }));
    for (const Key of ['a', 'b', 'c', 'd']) await s3.send(new PutObjectCommand({ Bucket, Key, Body: Key }));
    const verbose = await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: [{ Key: 'a' }, { Key: 'b' }, { Key: 'never-existed' }] } }));
    assert.deepEqual(verbose.Deleted?.map((d) => d.Key).sort(), ['a', 'b', 'never-existed']);
    assert.equal(verbose.Errors, undefined);
    const quiet = await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: [{ Key: 'c' }], Quiet: true } }));
    assert.equal(quiet.Deleted, undefined);
    const left = await s3.send(new ListObjectsV2Command({ Bucket }));
    assert.deepEqual(left.Contents?.map((o) => o.Key), ['d']);
  });

  it('adds delete markers in versioned buckets and deletes versions by id', async () => {
    const Bucket = 'batch-versioned';
    await s3.send(new CreateBucketCommand({ Bucket }));
    await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    const v1 = await s3.send(new PutObjectCommand({ Bucket, Key: 'k', Body: '1' }));
    const deleted = await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: [{ Key: 'k' }, { Key: 'k', VersionId: v1.VersionId }] } }));
    const marker = deleted.Deleted?.find((d) => d.VersionId === undefined);
    assert.equal(marker?.DeleteMarker, true);
    assert.ok(marker?.DeleteMarkerVersionId);
    assert.ok(deleted.Deleted?.some((d) => d.VersionId === v1.VersionId));
    const versions = await s3.send(new ListObjectVersionsCommand({ Bucket }));
    assert.equal(versions.Versions, undefined);
    assert.deepEqual(versions.DeleteMarkers?.map((m) => m.VersionId), [marker!.DeleteMarkerVersionId]);
  });

  it('reports a locked version as a per-key AccessDenied error', async () => {
    const Bucket = 'batch-locked';
    await s3.send(new CreateBucketCommand({ Bucket, ObjectLockEnabledForBucket: true }));
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: 'held', Body: 'x' }));
    await s3.send(new PutObjectLegalHoldCommand({ Bucket, Key: 'held', LegalHold: { Status: 'ON' } }));
    const result = await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: [{ Key: 'held', VersionId: put.VersionId }], Quiet: true } }));
    assert.deepEqual(result.Errors?.map((e) => [e.Key, e.VersionId, e.Code]), [['held', put.VersionId, 'AccessDenied']]);
  });

  it('refuses more than 1000 keys and an empty list with MalformedXML', async () => {
    const Bucket = 'batch-limits';
    await s3.send(new CreateBucketCommand({ Bucket }));
    const error = await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: Array.from({ length: 1001 }, (_, i) => ({ Key: `k${i}` })) } })).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof S3ServiceException);
    assert.equal(error.name, 'MalformedXML');
    assert.equal(error.$metadata.httpStatusCode, 400);
    const body = '<Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Objects><Key>x</Key>';
    const broken = await rawS3Request(nimbus.endpoint, {
      method: 'POST', path: `/${Bucket}`, query: { delete: '' }, body, headers: { 'content-md5': createHash('md5').update(body).digest('base64') },
    });
    assert.equal(broken.status, 400);
    assert.match(broken.body, /<Code>MalformedXML<\/Code>/);
  });
});
