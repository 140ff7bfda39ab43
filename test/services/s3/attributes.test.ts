import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import {
  CompleteMultipartUploadCommand, CreateBucketCommand, CreateMultipartUploadCommand, GetObjectAttributesCommand, PutObjectCommand, S3ServiceException,
  UploadPartCommand, type S3Client,
} from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from './support.js';

describe('S3 GetObjectAttributes', () => {
  let nimbus: Nimbus;
  let s3: S3Client;
  const Bucket = 'attributes-bucket';
  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
    await s3.send(new CreateBucketCommand({ Bucket }));
  });
  after(() => nimbus.stop());

  it('answers the attributes asked for of a single-part object', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: 'plain', Body: 'hello attributes', ChecksumAlgorithm: 'SHA256', StorageClass: 'ONEZONE_IA' }));
    const attributes = await s3.send(new GetObjectAttributesCommand({ Bucket, Key: 'plain', ObjectAttributes: ['ETag', 'Checksum', 'ObjectSize', 'StorageClass'] }));
    assert.equal(attributes.ETag, put.ETag!.replace(/"/g, ''));
    assert.equal(attributes.ObjectSize, 16);
    assert.equal(attributes.StorageClass, 'ONEZONE_IA');
    assert.equal(attributes.Checksum?.ChecksumSHA256, put.ChecksumSHA256);
    assert.equal(attributes.ObjectParts, undefined);
    const sizeOnly = await s3.send(new GetObjectAttributesCommand({ Bucket, Key: 'plain', ObjectAttributes: ['ObjectSize'] }));
    assert.equal(sizeOnly.ETag, undefined);
    const missing = await s3.send(new GetObjectAttributesCommand({ Bucket, Key: 'nope', ObjectAttributes: ['ETag'] })).then(() => undefined, (e: unknown) => e);
    assert.ok(missing instanceof S3ServiceException);
    assert.equal(missing.name, 'NoSuchKey');
  });

  it('lists the parts of a multipart object with their checksums, paged', async () => {
    const Key = 'multi';
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket, Key, ChecksumAlgorithm: 'CRC32' }));
    const sizes = [5 * 1024 * 1024, 5 * 1024 * 1024, 10];
    const Parts = [];
    for (const [i, size] of sizes.entries()) {
      const part = await s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: i + 1, Body: randomBytes(size) }));
      Parts.push({ PartNumber: i + 1, ETag: part.ETag, ChecksumCRC32: part.ChecksumCRC32 });
    }
    const completed = await s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts } }));
    const attributes = await s3.send(new GetObjectAttributesCommand({ Bucket, Key, ObjectAttributes: ['ObjectParts', 'Checksum', 'ETag'], MaxParts: 2 }));
    assert.equal(attributes.ETag, completed.ETag!.replace(/"/g, ''));
    assert.equal(attributes.Checksum?.ChecksumCRC32, completed.ChecksumCRC32);
    assert.equal(attributes.Checksum?.ChecksumType, 'COMPOSITE');
    assert.equal(attributes.ObjectParts?.TotalPartsCount, 3);
    assert.equal(attributes.ObjectParts?.IsTruncated, true);
    assert.deepEqual(attributes.ObjectParts?.Parts?.map((p) => [p.PartNumber, p.Size, p.ChecksumCRC32]), Parts.slice(0, 2).map((p, i) => [p.PartNumber, sizes[i], p.ChecksumCRC32]));
    const rest = await s3.send(new GetObjectAttributesCommand({ Bucket, Key, ObjectAttributes: ['ObjectParts'], PartNumberMarker: attributes.ObjectParts?.NextPartNumberMarker }));
    assert.deepEqual(rest.ObjectParts?.Parts?.map((p) => p.PartNumber), [3]);
  });
});
