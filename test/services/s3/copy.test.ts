import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CopyObjectCommand, CreateBucketCommand, GetObjectCommand, GetObjectTaggingCommand, HeadObjectCommand, PutBucketVersioningCommand, PutObjectCommand,
  S3ServiceException, type S3Client,
} from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from './support.js';

async function s3Error(promise: Promise<unknown>): Promise<S3ServiceException> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof S3ServiceException, `expected an S3 error, got ${String(error)}`);
  return error;
}

describe('S3 CopyObject', () => {
  let nimbus: Nimbus;
  let s3: S3Client;
  const Bucket = 'copy-bucket';
  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
    await s3.send(new CreateBucketCommand({ Bucket }));
    await s3.send(new PutObjectCommand({ Bucket, Key: 'source file+ü.txt', Body: 'copy me', ContentType: 'text/plain', Metadata: { origin: 'source' }, Tagging: 'team=red' }));
  });
  after(() => nimbus.stop());

  it('copies body, metadata and tags by default (COPY directives), from a URL-encoded key', async () => {
    const copied = await s3.send(new CopyObjectCommand({ Bucket, Key: 'copy-1', CopySource: `${Bucket}/${encodeURIComponent('source file+ü.txt')}` }));
    const source = await s3.send(new HeadObjectCommand({ Bucket, Key: 'source file+ü.txt' }));
    assert.equal(copied.CopyObjectResult?.ETag, source.ETag);
    assert.ok(copied.CopyObjectResult?.LastModified instanceof Date);
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'copy-1' }));
    assert.equal(await got.Body!.transformToString(), 'copy me');
    assert.equal(got.ContentType, 'text/plain');
    assert.deepEqual(got.Metadata, { origin: 'source' });
    assert.equal(got.TagCount, 1);
  });

  it('replaces metadata and tags with the REPLACE directives', async () => {
    await s3.send(new CopyObjectCommand({
      Bucket, Key: 'copy-2', CopySource: `/${Bucket}/${encodeURIComponent('source file+ü.txt')}`,
      MetadataDirective: 'REPLACE', ContentType: 'application/json', Metadata: { origin: 'replaced' }, TaggingDirective: 'REPLACE', Tagging: 'team=blue&tier=gold',
    }));
    const got = await s3.send(new HeadObjectCommand({ Bucket, Key: 'copy-2' }));
    assert.equal(got.ContentType, 'application/json');
    assert.deepEqual(got.Metadata, { origin: 'replaced' });
    const tags = await s3.send(new GetObjectTaggingCommand({ Bucket, Key: 'copy-2' }));
    assert.deepEqual(tags.TagSet, [{ Key: 'team', Value: 'blue' }, { Key: 'tier', Value: 'gold' }]);
  });

  it('evaluates x-amz-copy-source-if-* conditions with 412 PreconditionFailed', async () => {
    const CopySource = `${Bucket}/${encodeURIComponent('source file+ü.txt')}`;
    const source = await s3.send(new HeadObjectCommand({ Bucket, Key: 'source file+ü.txt' }));
    const cases = [
      { CopySourceIfMatch: '"00000000000000000000000000000000"' },
      { CopySourceIfNoneMatch: source.ETag },
      { CopySourceIfModifiedSince: new Date(source.LastModified!.getTime() + 60_000) },
      { CopySourceIfUnmodifiedSince: new Date(source.LastModified!.getTime() - 60_000) },
    ];
    for (const condition of cases) {
      const error = await s3Error(s3.send(new CopyObjectCommand({ Bucket, Key: 'copy-3', CopySource, ...condition })));
      assert.equal(error.name, 'PreconditionFailed', JSON.stringify(condition));
      assert.equal(error.$metadata.httpStatusCode, 412);
    }
    const ok = await s3.send(new CopyObjectCommand({ Bucket, Key: 'copy-3', CopySource, CopySourceIfMatch: source.ETag, CopySourceIfUnmodifiedSince: new Date(0) }));
    assert.equal(ok.CopyObjectResult?.ETag, source.ETag);
  });

  it('refuses a copy onto itself that changes nothing, and allows it with REPLACE', async () => {
    const CopySource = `${Bucket}/${encodeURIComponent('source file+ü.txt')}`;
    const error = await s3Error(s3.send(new CopyObjectCommand({ Bucket, Key: 'source file+ü.txt', CopySource })));
    assert.equal(error.name, 'InvalidRequest');
    assert.equal(error.$metadata.httpStatusCode, 400);
    await s3.send(new CopyObjectCommand({ Bucket, Key: 'source file+ü.txt', CopySource, MetadataDirective: 'REPLACE', Metadata: { edited: 'yes' }, ContentType: 'text/plain' }));
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: 'source file+ü.txt' }));
    assert.deepEqual(head.Metadata, { edited: 'yes' });
  });

  it('copies a named version and reports source and new version ids', async () => {
    const versioned = 'copy-versioned';
    await s3.send(new CreateBucketCommand({ Bucket: versioned }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: versioned, VersioningConfiguration: { Status: 'Enabled' } }));
    const v1 = await s3.send(new PutObjectCommand({ Bucket: versioned, Key: 'doc', Body: 'version one' }));
    await s3.send(new PutObjectCommand({ Bucket: versioned, Key: 'doc', Body: 'version two' }));
    const copied = await s3.send(new CopyObjectCommand({ Bucket: versioned, Key: 'restored', CopySource: `${versioned}/doc?versionId=${v1.VersionId}` }));
    assert.equal(copied.CopySourceVersionId, v1.VersionId);
    assert.ok(copied.VersionId && copied.VersionId !== v1.VersionId);
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket: versioned, Key: 'restored' }))).Body!.transformToString(), 'version one');
    const missing = await s3Error(s3.send(new CopyObjectCommand({ Bucket, Key: 'x', CopySource: `${Bucket}/no-such-key` })));
    assert.equal(missing.name, 'NoSuchKey');
    assert.equal(missing.$metadata.httpStatusCode, 404);
  });

  it('stores the storage class and SSE asked for, and echoes them', async () => {
    const copied = await s3.send(new CopyObjectCommand({
      Bucket, Key: 'copy-ia', CopySource: `${Bucket}/${encodeURIComponent('source file+ü.txt')}`, StorageClass: 'STANDARD_IA', ServerSideEncryption: 'aws:kms', SSEKMSKeyId: 'alias/my-key',
    }));
    assert.equal(copied.ServerSideEncryption, 'aws:kms');
    assert.match(copied.SSEKMSKeyId!, /^arn:aws:kms:[a-z0-9-]+:\d{12}:alias\/my-key$/);
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: 'copy-ia' }));
    assert.equal(head.StorageClass, 'STANDARD_IA');
    assert.equal(head.ServerSideEncryption, 'aws:kms');
    assert.equal(head.SSEKMSKeyId, copied.SSEKMSKeyId);
  });
});
