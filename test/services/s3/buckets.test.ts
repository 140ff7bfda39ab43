import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CreateBucketCommand, DeleteBucketCommand, DeleteObjectCommand, HeadBucketCommand, ListBucketsCommand, PutObjectCommand, S3ServiceException,
} from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { rawS3Request, s3Client, xmlText } from './support.js';

async function s3Error(promise: Promise<unknown>): Promise<S3ServiceException> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof S3ServiceException, `expected an S3 error, got ${String(error)}`);
  return error;
}

describe('S3 buckets', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('creates, heads, lists and deletes a bucket', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const created = await s3.send(new CreateBucketCommand({ Bucket: 'lifecycle-bucket' }));
    assert.equal(created.Location, '/lifecycle-bucket');
    const head = await s3.send(new HeadBucketCommand({ Bucket: 'lifecycle-bucket' }));
    assert.equal(head.BucketRegion, 'us-east-1');
    const listed = await s3.send(new ListBucketsCommand({}));
    const bucket = listed.Buckets?.find((b) => b.Name === 'lifecycle-bucket');
    assert.ok(bucket?.CreationDate instanceof Date);
    assert.match(listed.Owner?.ID ?? '', /^[0-9a-f]{64}$/);
    const deleted = await s3.send(new DeleteBucketCommand({ Bucket: 'lifecycle-bucket' }));
    assert.equal(deleted.$metadata.httpStatusCode, 204);
    const missing = await s3Error(s3.send(new HeadBucketCommand({ Bucket: 'lifecycle-bucket' })));
    assert.equal(missing.$metadata.httpStatusCode, 404);
    assert.equal(missing.name, 'NotFound');
  });

  it('answers x-amz-request-id and x-amz-id-2 on every response', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const listed = await s3.send(new ListBucketsCommand({}));
    assert.ok(listed.$metadata.requestId);
    assert.ok(listed.$metadata.extendedRequestId);
  });

  it('refuses invalid bucket names with InvalidBucketName', async () => {
    const s3 = s3Client(nimbus.endpoint);
    for (const name of ['ab', 'Upper-Case', 'under_score', 'a..b', '192.168.5.4', 'xn--bucket', 'bucket-', `${'a'.repeat(64)}`, 'ends-s3alias']) {
      const error = await s3Error(s3.send(new CreateBucketCommand({ Bucket: name })));
      assert.equal(error.name, 'InvalidBucketName', name);
      assert.equal(error.$metadata.httpStatusCode, 400);
    }
  });

  it('answers a repeated create in us-east-1 with success, and BucketAlreadyOwnedByYou elsewhere', async () => {
    const east = s3Client(nimbus.endpoint);
    await east.send(new CreateBucketCommand({ Bucket: 'twice-east' }));
    const again = await east.send(new CreateBucketCommand({ Bucket: 'twice-east' }));
    assert.equal(again.$metadata.httpStatusCode, 200);

    const west = s3Client(nimbus.endpoint, { region: 'eu-west-1' });
    await west.send(new CreateBucketCommand({ Bucket: 'twice-west', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    const error = await s3Error(west.send(new CreateBucketCommand({ Bucket: 'twice-west', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } })));
    assert.equal(error.name, 'BucketAlreadyOwnedByYou');
    assert.equal(error.$metadata.httpStatusCode, 409);
    assert.equal((await west.send(new HeadBucketCommand({ Bucket: 'twice-west' }))).BucketRegion, 'eu-west-1');
  });

  it('answers BucketAlreadyExists when another account owns the name', async () => {
    await s3Client(nimbus.endpoint).send(new CreateBucketCommand({ Bucket: 'taken-name' }));
    const other = s3Client(nimbus.endpoint, { credentials: { accessKeyId: '111122223333', secretAccessKey: 'x' } });
    const error = await s3Error(other.send(new CreateBucketCommand({ Bucket: 'taken-name' })));
    assert.equal(error.name, 'BucketAlreadyExists');
    assert.equal(error.$metadata.httpStatusCode, 409);
    const listed = await other.send(new ListBucketsCommand({}));
    assert.equal(listed.Buckets?.some((b) => b.Name === 'taken-name'), false);
  });

  it('checks the LocationConstraint against the endpoint region', async () => {
    const east = s3Client(nimbus.endpoint);
    const named = await s3Error(east.send(new CreateBucketCommand({ Bucket: 'named-east', CreateBucketConfiguration: { LocationConstraint: 'us-east-1' as never } })));
    assert.equal(named.name, 'InvalidLocationConstraint');
    const west = s3Client(nimbus.endpoint, { region: 'us-west-2' });
    // SDKs fill in the client's region, so only a raw request leaves the constraint out.
    const unspecified = await rawS3Request(nimbus.endpoint, { method: 'PUT', path: '/unspecified-west', region: 'us-west-2' });
    assert.equal(unspecified.status, 400);
    assert.equal(xmlText(unspecified.body, 'Code'), 'IllegalLocationConstraintException');
    const mismatched = await s3Error(west.send(new CreateBucketCommand({ Bucket: 'mismatch-west', CreateBucketConfiguration: { LocationConstraint: 'eu-central-1' } })));
    assert.equal(mismatched.name, 'IllegalLocationConstraintException');
    assert.equal(mismatched.$metadata.httpStatusCode, 400);
  });

  it('refuses to delete a bucket that holds objects, and a bucket that does not exist', async () => {
    const s3 = s3Client(nimbus.endpoint);
    await s3.send(new CreateBucketCommand({ Bucket: 'full-bucket' }));
    await s3.send(new PutObjectCommand({ Bucket: 'full-bucket', Key: 'k', Body: 'x' }));
    const notEmpty = await s3Error(s3.send(new DeleteBucketCommand({ Bucket: 'full-bucket' })));
    assert.equal(notEmpty.name, 'BucketNotEmpty');
    assert.equal(notEmpty.$metadata.httpStatusCode, 409);
    await s3.send(new DeleteObjectCommand({ Bucket: 'full-bucket', Key: 'k' }));
    await s3.send(new DeleteBucketCommand({ Bucket: 'full-bucket' }));
    const missing = await s3Error(s3.send(new DeleteBucketCommand({ Bucket: 'full-bucket' })));
    assert.equal(missing.name, 'NoSuchBucket');
    assert.equal(missing.$metadata.httpStatusCode, 404);
  });

  it('pages ListBuckets by prefix and max-buckets', async () => {
    const s3 = s3Client(nimbus.endpoint);
    for (const name of ['page-a', 'page-b', 'page-c']) await s3.send(new CreateBucketCommand({ Bucket: name }));
    const first = await s3.send(new ListBucketsCommand({ Prefix: 'page-', MaxBuckets: 2 }));
    assert.deepEqual(first.Buckets?.map((b) => b.Name), ['page-a', 'page-b']);
    assert.ok(first.ContinuationToken);
    const second = await s3.send(new ListBucketsCommand({ Prefix: 'page-', MaxBuckets: 2, ContinuationToken: first.ContinuationToken }));
    assert.deepEqual(second.Buckets?.map((b) => b.Name), ['page-c']);
    assert.equal(second.ContinuationToken, undefined);
  });

  it('answers a malformed CreateBucketConfiguration with MalformedXML and keeps serving', async () => {
    const response = await rawS3Request(nimbus.endpoint, {
      method: 'PUT',
      path: '/malformed-xml-bucket',
      headers: { 'content-type': 'application/xml' },
      body: '<CreateBucketConfiguration><LocationConstraint>eu-west-1</Location',
    });
    assert.equal(response.status, 400);
    assert.equal(xmlText(response.body, 'Code'), 'MalformedXML');
    assert.match(response.body, /^<\?xml version="1.0" encoding="UTF-8"\?>\s*<Error><Code>/);
    assert.equal(xmlText(response.body, 'RequestId'), response.headers['x-amz-request-id']);
    assert.equal(xmlText(response.body, 'HostId'), response.headers['x-amz-id-2']);
    const s3 = s3Client(nimbus.endpoint);
    const missing = await s3Error(s3.send(new HeadBucketCommand({ Bucket: 'malformed-xml-bucket' })));
    assert.equal(missing.$metadata.httpStatusCode, 404);
    await s3.send(new CreateBucketCommand({ Bucket: 'malformed-xml-bucket' }));
  });

  it('refuses a document with a DTD as MalformedXML', async () => {
    const response = await rawS3Request(nimbus.endpoint, {
      method: 'PUT',
      path: '/dtd-bucket',
      body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaa">]><CreateBucketConfiguration><LocationConstraint>&a;</LocationConstraint></CreateBucketConfiguration>',
    });
    assert.equal(response.status, 400);
    assert.equal(xmlText(response.body, 'Code'), 'MalformedXML');
  });

  it('names the missing bucket in the NoSuchBucket error document', async () => {
    const response = await rawS3Request(nimbus.endpoint, { method: 'GET', path: '/no-such-bucket-here', query: { 'list-type': '2' } });
    assert.equal(response.status, 404);
    assert.equal(xmlText(response.body, 'Code'), 'NoSuchBucket');
    assert.equal(xmlText(response.body, 'Message'), 'The specified bucket does not exist');
    assert.equal(xmlText(response.body, 'BucketName'), 'no-such-bucket-here');
    assert.equal(response.headers['content-type'], 'application/xml');
  });
});
