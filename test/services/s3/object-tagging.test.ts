import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateBucketCommand, DeleteObjectTaggingCommand, GetObjectCommand, GetObjectTaggingCommand, PutBucketVersioningCommand, PutObjectCommand,
  PutObjectTaggingCommand, S3ServiceException, type S3Client,
} from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from './support.js';

async function s3Error(promise: Promise<unknown>): Promise<S3ServiceException> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof S3ServiceException, `expected an S3 error, got ${String(error)}`);
  return error;
}

describe('S3 object tagging', () => {
  let nimbus: Nimbus;
  let s3: S3Client;
  const Bucket = 'tagging-bucket';
  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
    await s3.send(new CreateBucketCommand({ Bucket }));
  });
  after(() => nimbus.stop());

  it('takes tags from x-amz-tagging on PUT and counts them on GET', async () => {
    await s3.send(new PutObjectCommand({ Bucket, Key: 'tagged', Body: 'x', Tagging: 'project=nimbus&note=a%20b' }));
    const tags = await s3.send(new GetObjectTaggingCommand({ Bucket, Key: 'tagged' }));
    assert.deepEqual(tags.TagSet, [{ Key: 'project', Value: 'nimbus' }, { Key: 'note', Value: 'a b' }]);
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'tagged' }));
    assert.equal(got.TagCount, 2);
  });

  it('replaces and deletes tag sets', async () => {
    await s3.send(new PutObjectCommand({ Bucket, Key: 'retag', Body: 'x' }));
    assert.deepEqual((await s3.send(new GetObjectTaggingCommand({ Bucket, Key: 'retag' }))).TagSet, []);
    await s3.send(new PutObjectTaggingCommand({ Bucket, Key: 'retag', Tagging: { TagSet: [{ Key: 'k', Value: 'v' }] } }));
    assert.deepEqual((await s3.send(new GetObjectTaggingCommand({ Bucket, Key: 'retag' }))).TagSet, [{ Key: 'k', Value: 'v' }]);
    await s3.send(new DeleteObjectTaggingCommand({ Bucket, Key: 'retag' }));
    assert.deepEqual((await s3.send(new GetObjectTaggingCommand({ Bucket, Key: 'retag' }))).TagSet, []);
    const missing = await s3Error(s3.send(new GetObjectTaggingCommand({ Bucket, Key: 'no-such' })));
    assert.equal(missing.name, 'NoSuchKey');
  });

  it('refuses more than 10 tags, duplicate keys and overlong values with InvalidTag', async () => {
    await s3.send(new PutObjectCommand({ Bucket, Key: 'limits', Body: 'x' }));
    const sets = [
      Array.from({ length: 11 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })),
      [{ Key: 'same', Value: '1' }, { Key: 'same', Value: '2' }],
      [{ Key: 'long', Value: 'v'.repeat(257) }],
      [{ Key: 'k'.repeat(129), Value: 'v' }],
    ];
    for (const TagSet of sets) {
      const error = await s3Error(s3.send(new PutObjectTaggingCommand({ Bucket, Key: 'limits', Tagging: { TagSet } })));
      assert.equal(error.name, 'InvalidTag');
      assert.equal(error.$metadata.httpStatusCode, 400);
    }
    const header = await s3Error(s3.send(new PutObjectCommand({ Bucket, Key: 'limits', Body: 'x', Tagging: Array.from({ length: 11 }, (_, i) => `k${i}=v`).join('&') })));
    assert.equal(header.name, 'InvalidTag');
  });

  it('tags a named version', async () => {
    const versioned = 'tagging-versioned';
    await s3.send(new CreateBucketCommand({ Bucket: versioned }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: versioned, VersioningConfiguration: { Status: 'Enabled' } }));
    const v1 = await s3.send(new PutObjectCommand({ Bucket: versioned, Key: 'k', Body: '1' }));
    await s3.send(new PutObjectCommand({ Bucket: versioned, Key: 'k', Body: '2' }));
    const put = await s3.send(new PutObjectTaggingCommand({ Bucket: versioned, Key: 'k', VersionId: v1.VersionId, Tagging: { TagSet: [{ Key: 'old', Value: 'yes' }] } }));
    assert.equal(put.VersionId, v1.VersionId);
    assert.deepEqual((await s3.send(new GetObjectTaggingCommand({ Bucket: versioned, Key: 'k', VersionId: v1.VersionId }))).TagSet, [{ Key: 'old', Value: 'yes' }]);
    assert.deepEqual((await s3.send(new GetObjectTaggingCommand({ Bucket: versioned, Key: 'k' }))).TagSet, []);
  });
});
