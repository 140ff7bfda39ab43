import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateBucketCommand, DeleteObjectCommand, GetObjectLegalHoldCommand, GetObjectRetentionCommand, HeadObjectCommand, PutBucketVersioningCommand,
  PutObjectCommand, PutObjectLegalHoldCommand, PutObjectRetentionCommand, S3ServiceException, type S3Client,
} from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from './support.js';

async function s3Error(promise: Promise<unknown>): Promise<S3ServiceException> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof S3ServiceException, `expected an S3 error, got ${String(error)}`);
  return error;
}

describe('S3 object lock: retention and legal hold', () => {
  let nimbus: Nimbus;
  let s3: S3Client;
  const Bucket = 'locked-bucket';
  const inOneDay = () => new Date(Date.now() + 86_400_000);
  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
    await s3.send(new CreateBucketCommand({ Bucket, ObjectLockEnabledForBucket: true }));
  });
  after(() => nimbus.stop());

  it('versions a bucket created with object lock, and refuses to suspend it', async () => {
    const error = await s3Error(s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Suspended' } })));
    assert.equal(error.name, 'InvalidBucketState');
    assert.equal(error.$metadata.httpStatusCode, 409);
  });

  it('keeps COMPLIANCE retention: no deleting the version, no shortening, until the date passes', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: 'compliance', Body: 'x' }));
    const until = inOneDay();
    until.setMilliseconds(0);
    await s3.send(new PutObjectRetentionCommand({ Bucket, Key: 'compliance', Retention: { Mode: 'COMPLIANCE', RetainUntilDate: until } }));
    const retention = await s3.send(new GetObjectRetentionCommand({ Bucket, Key: 'compliance' }));
    assert.equal(retention.Retention?.Mode, 'COMPLIANCE');
    assert.equal(retention.Retention?.RetainUntilDate?.getTime(), until.getTime());
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: 'compliance' }));
    assert.equal(head.ObjectLockMode, 'COMPLIANCE');
    const denied = await s3Error(s3.send(new DeleteObjectCommand({ Bucket, Key: 'compliance', VersionId: put.VersionId })));
    assert.equal(denied.name, 'AccessDenied');
    assert.equal(denied.$metadata.httpStatusCode, 403);
    const shorter = await s3Error(s3.send(new PutObjectRetentionCommand({ Bucket, Key: 'compliance', Retention: { Mode: 'COMPLIANCE', RetainUntilDate: new Date(until.getTime() - 3_600_000) } })));
    assert.equal(shorter.name, 'AccessDenied');
    // A delete without a version id only adds a delete marker, which the lock allows.
    const marker = await s3.send(new DeleteObjectCommand({ Bucket, Key: 'compliance' }));
    assert.equal(marker.DeleteMarker, true);
    await advanceClock(nimbus.endpoint, 2 * 86_400);
    await s3.send(new DeleteObjectCommand({ Bucket, Key: 'compliance', VersionId: put.VersionId }));
  });

  it('lets GOVERNANCE retention be bypassed', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: 'governance', Body: 'x', ObjectLockMode: 'GOVERNANCE', ObjectLockRetainUntilDate: new Date(Date.now() + 10 * 86_400_000) }));
    const denied = await s3Error(s3.send(new DeleteObjectCommand({ Bucket, Key: 'governance', VersionId: put.VersionId })));
    assert.equal(denied.name, 'AccessDenied');
    await s3.send(new DeleteObjectCommand({ Bucket, Key: 'governance', VersionId: put.VersionId, BypassGovernanceRetention: true }));
  });

  it('holds a version under legal hold until it is released', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: 'held', Body: 'x' }));
    const none = await s3Error(s3.send(new GetObjectLegalHoldCommand({ Bucket, Key: 'held' })));
    assert.equal(none.name, 'NoSuchObjectLockConfiguration');
    await s3.send(new PutObjectLegalHoldCommand({ Bucket, Key: 'held', LegalHold: { Status: 'ON' } }));
    assert.equal((await s3.send(new GetObjectLegalHoldCommand({ Bucket, Key: 'held' }))).LegalHold?.Status, 'ON');
    const denied = await s3Error(s3.send(new DeleteObjectCommand({ Bucket, Key: 'held', VersionId: put.VersionId })));
    assert.equal(denied.name, 'AccessDenied');
    await s3.send(new PutObjectLegalHoldCommand({ Bucket, Key: 'held', LegalHold: { Status: 'OFF' } }));
    await s3.send(new DeleteObjectCommand({ Bucket, Key: 'held', VersionId: put.VersionId }));
  });

  it('refuses lock settings on a bucket without object lock', async () => {
    const plain = 'unlocked-bucket';
    await s3.send(new CreateBucketCommand({ Bucket: plain }));
    await s3.send(new PutObjectCommand({ Bucket: plain, Key: 'k', Body: 'x' }));
    const retention = await s3Error(s3.send(new PutObjectRetentionCommand({ Bucket: plain, Key: 'k', Retention: { Mode: 'GOVERNANCE', RetainUntilDate: inOneDay() } })));
    assert.equal(retention.name, 'InvalidRequest');
    assert.equal(retention.$metadata.httpStatusCode, 400);
    const onPut = await s3Error(s3.send(new PutObjectCommand({ Bucket: plain, Key: 'k2', Body: 'x', ObjectLockLegalHoldStatus: 'ON' })));
    assert.equal(onPut.name, 'InvalidRequest');
  });
});
