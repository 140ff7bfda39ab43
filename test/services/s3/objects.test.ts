import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import {
  CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3ServiceException,
} from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { rawS3Request, s3Client, xmlText } from './support.js';

async function s3Error(promise: Promise<unknown>): Promise<S3ServiceException> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof S3ServiceException, `expected an S3 error, got ${String(error)}`);
  return error;
}

const md5 = (data: string | Buffer) => createHash('md5').update(data).digest();

describe('S3 objects', () => {
  let nimbus: Nimbus;
  const Bucket = 'objects-bucket';
  before(async () => {
    nimbus = await startTestNimbus();
    await s3Client(nimbus.endpoint).send(new CreateBucketCommand({ Bucket }));
  });
  after(() => nimbus.stop());

  it('round-trips a body, its quoted-MD5 ETag, metadata and content headers', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const body = `object body ${Date.now()}`;
    const put = await s3.send(new PutObjectCommand({
      Bucket, Key: 'docs/readme.txt', Body: body,
      ContentType: 'text/plain; charset=utf-8', ContentEncoding: 'identity', ContentDisposition: 'attachment; filename="readme.txt"',
      ContentLanguage: 'en-GB', CacheControl: 'max-age=60', Expires: new Date('2030-01-02T03:04:05Z'),
      Metadata: { owner: 'alice', 'project-id': '42' },
    }));
    assert.equal(put.ETag, `"${md5(body).toString('hex')}"`);
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'docs/readme.txt' }));
    assert.equal(await got.Body!.transformToString(), body);
    assert.equal(got.ETag, put.ETag);
    assert.equal(got.ContentLength, Buffer.byteLength(body));
    assert.equal(got.ContentType, 'text/plain; charset=utf-8');
    assert.equal(got.ContentEncoding, 'identity');
    assert.equal(got.ContentDisposition, 'attachment; filename="readme.txt"');
    assert.equal(got.ContentLanguage, 'en-GB');
    assert.equal(got.CacheControl, 'max-age=60');
    assert.equal(got.ExpiresString, 'Wed, 02 Jan 2030 03:04:05 GMT');
    assert.deepEqual(got.Metadata, { owner: 'alice', 'project-id': '42' });
    assert.ok(got.LastModified instanceof Date && Math.abs(got.LastModified.getTime() - Date.now()) < 3_600_000);
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: 'docs/readme.txt' }));
    assert.equal(head.ContentLength, Buffer.byteLength(body));
    assert.equal(head.ETag, put.ETag);
    assert.deepEqual(head.Metadata, got.Metadata);
    assert.equal(head.LastModified?.getTime(), got.LastModified.getTime());
  });

  it('stores an empty object', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: 'empty', Body: '' }));
    assert.equal(put.ETag, '"d41d8cd98f00b204e9800998ecf8427e"');
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'empty' }));
    assert.equal(got.ContentLength, 0);
    assert.equal(await got.Body!.transformToString(), '');
  });

  it('defaults the content type to binary/octet-stream', async () => {
    const s3 = s3Client(nimbus.endpoint);
    // SDKs always send a Content-Type; a bare HTTP client may not.
    const put = await rawS3Request(nimbus.endpoint, { method: 'PUT', path: `/${Bucket}/untyped`, body: 'abc' });
    assert.equal(put.status, 200);
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: 'untyped' }));
    assert.equal(head.ContentType, 'binary/octet-stream');
  });

  it('stores the SDK default CRC32 trailing checksum and returns it with ChecksumMode ENABLED', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: 'checksummed', Body: 'checksum me' }));
    assert.ok(put.ChecksumCRC32);
    // SDKs ask for checksums by default; without x-amz-checksum-mode S3 sends none.
    const plain = await rawS3Request(nimbus.endpoint, { method: 'GET', path: `/${Bucket}/checksummed` });
    assert.equal(plain.body, 'checksum me');
    assert.equal(plain.headers['x-amz-checksum-crc32'], undefined);
    const checked = await s3.send(new GetObjectCommand({ Bucket, Key: 'checksummed', ChecksumMode: 'ENABLED' }));
    assert.equal(checked.ChecksumCRC32, put.ChecksumCRC32);
    assert.equal(checked.ChecksumType, 'FULL_OBJECT');
    assert.equal(await checked.Body!.transformToString(), 'checksum me');
  });

  it('verifies a CRC32C and SHA256 checksum the client asks for', async () => {
    const s3 = s3Client(nimbus.endpoint);
    for (const algorithm of ['CRC32C', 'SHA256', 'CRC64NVME'] as const) {
      const put = await s3.send(new PutObjectCommand({ Bucket, Key: `alg-${algorithm}`, Body: 'flexible', ChecksumAlgorithm: algorithm }));
      const head = await s3.send(new HeadObjectCommand({ Bucket, Key: `alg-${algorithm}`, ChecksumMode: 'ENABLED' }));
      const member = `Checksum${algorithm}` as const;
      assert.ok(put[member], algorithm);
      assert.equal(head[member], put[member]);
    }
  });

  it('checks Content-MD5: BadDigest when it differs, InvalidDigest when it is not an MD5', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const ok = await s3.send(new PutObjectCommand({ Bucket, Key: 'md5', Body: 'payload', ContentMD5: md5('payload').toString('base64') }));
    assert.equal(ok.ETag, `"${md5('payload').toString('hex')}"`);
    const bad = await s3Error(s3.send(new PutObjectCommand({ Bucket, Key: 'md5', Body: 'payload', ContentMD5: md5('other').toString('base64') })));
    assert.equal(bad.name, 'BadDigest');
    assert.equal(bad.$metadata.httpStatusCode, 400);
    const invalid = await s3Error(s3.send(new PutObjectCommand({ Bucket, Key: 'md5', Body: 'payload', ContentMD5: 'not-an-md5' })));
    assert.equal(invalid.name, 'InvalidDigest');
    assert.equal(invalid.$metadata.httpStatusCode, 400);
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'md5' }));
    assert.equal(await got.Body!.transformToString(), 'payload');
  });

  it('serves byte ranges with 206 and Content-Range, and InvalidRange (416) past the end', async () => {
    const s3 = s3Client(nimbus.endpoint);
    await s3.send(new PutObjectCommand({ Bucket, Key: 'digits', Body: '0123456789' }));
    const cases: Array<[string, string, string]> = [['bytes=2-5', '2345', 'bytes 2-5/10'], ['bytes=7-', '789', 'bytes 7-9/10'], ['bytes=-3', '789', 'bytes 7-9/10'], ['bytes=8-100', '89', 'bytes 8-9/10']];
    for (const [Range, body, contentRange] of cases) {
      const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'digits', Range }));
      assert.equal(got.$metadata.httpStatusCode, 206, Range);
      assert.equal(got.ContentRange, contentRange);
      assert.equal(got.ContentLength, body.length);
      assert.equal(await got.Body!.transformToString(), body);
    }
    const error = await s3Error(s3.send(new GetObjectCommand({ Bucket, Key: 'digits', Range: 'bytes=10-20' })));
    assert.equal(error.name, 'InvalidRange');
    assert.equal(error.$metadata.httpStatusCode, 416);
    const raw = await rawS3Request(nimbus.endpoint, { method: 'GET', path: `/${Bucket}/digits`, headers: { range: 'bytes=10-20' } });
    assert.equal(xmlText(raw.body, 'ActualObjectSize'), '10');
    assert.equal(xmlText(raw.body, 'RangeRequested'), 'bytes=10-20');
    const ignored = await s3.send(new GetObjectCommand({ Bucket, Key: 'digits', Range: 'lines=1-2' }));
    assert.equal(ignored.$metadata.httpStatusCode, 200);
    assert.equal(await ignored.Body!.transformToString(), '0123456789');
  });

  it('evaluates conditional reads: 412 PreconditionFailed and 304 Not Modified', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const put = await s3.send(new PutObjectCommand({ Bucket, Key: 'conditional', Body: 'v1' }));
    const matched = await s3.send(new GetObjectCommand({ Bucket, Key: 'conditional', IfMatch: put.ETag }));
    assert.equal(await matched.Body!.transformToString(), 'v1');
    const failed = await s3Error(s3.send(new GetObjectCommand({ Bucket, Key: 'conditional', IfMatch: '"0000"' })));
    assert.equal(failed.name, 'PreconditionFailed');
    assert.equal(failed.$metadata.httpStatusCode, 412);
    const unchanged = await s3Error(s3.send(new GetObjectCommand({ Bucket, Key: 'conditional', IfNoneMatch: put.ETag })));
    assert.equal(unchanged.$metadata.httpStatusCode, 304);
    const exists = await s3Error(s3.send(new PutObjectCommand({ Bucket, Key: 'conditional', Body: 'v2', IfNoneMatch: '*' })));
    assert.equal(exists.name, 'PreconditionFailed');
  });

  it('answers NoSuchKey (and NotFound for HEAD) for a missing key, NoSuchBucket for a missing bucket', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const missing = await s3Error(s3.send(new GetObjectCommand({ Bucket, Key: 'never-written' })));
    assert.equal(missing.name, 'NoSuchKey');
    assert.equal(missing.$metadata.httpStatusCode, 404);
    const head = await s3Error(s3.send(new HeadObjectCommand({ Bucket, Key: 'never-written' })));
    assert.equal(head.name, 'NotFound');
    assert.equal(head.$metadata.httpStatusCode, 404);
    const noBucket = await s3Error(s3.send(new PutObjectCommand({ Bucket: 'no-such-bucket-for-put', Key: 'k', Body: Buffer.alloc(8 * 1024 * 1024, 1) })));
    assert.equal(noBucket.name, 'NoSuchBucket');
    // The unread body is drained, so the connection serves the next request.
    await s3.send(new PutObjectCommand({ Bucket, Key: 'after-refusal', Body: 'ok' }));
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket, Key: 'after-refusal' }))).Body!.transformToString(), 'ok');
  });

  it('deletes objects with 204, also when the key does not exist', async () => {
    const s3 = s3Client(nimbus.endpoint);
    await s3.send(new PutObjectCommand({ Bucket, Key: 'doomed', Body: 'x' }));
    const deleted = await s3.send(new DeleteObjectCommand({ Bucket, Key: 'doomed' }));
    assert.equal(deleted.$metadata.httpStatusCode, 204);
    assert.equal((await s3Error(s3.send(new GetObjectCommand({ Bucket, Key: 'doomed' })))).name, 'NoSuchKey');
    const again = await s3.send(new DeleteObjectCommand({ Bucket, Key: 'doomed' }));
    assert.equal(again.$metadata.httpStatusCode, 204);
  });

  it('keeps keys as opaque names: dot segments, NUL, non-ASCII, spaces and 1024 bytes', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const keys = ['../escape', 'a/../../b', './here/./there', 'nul\u0000byte', 'ünïcødé/日本語/😀', 'with space+plus%percent', 'k'.repeat(1024), 'trailing/'];
    for (const [i, Key] of keys.entries()) {
      await s3.send(new PutObjectCommand({ Bucket, Key, Body: `body ${i}` }));
      const got = await s3.send(new GetObjectCommand({ Bucket, Key }));
      assert.equal(await got.Body!.transformToString(), `body ${i}`, JSON.stringify(Key));
    }
    assert.equal((await s3Error(s3.send(new GetObjectCommand({ Bucket, Key: 'escape' })))).name, 'NoSuchKey');
    const listed = await s3.send(new ListObjectsV2Command({ Bucket, EncodingType: 'url' }));
    const names = (listed.Contents ?? []).map((object) => decodeURIComponent(object.Key!.replace(/\+/g, ' ')));
    for (const key of keys) assert.ok(names.includes(key), JSON.stringify(key));
  });

  it('refuses a key longer than 1024 bytes with KeyTooLongError', async () => {
    const s3 = s3Client(nimbus.endpoint);
    const error = await s3Error(s3.send(new PutObjectCommand({ Bucket, Key: 'é'.repeat(513), Body: 'x' })));
    assert.equal(error.name, 'KeyTooLongError');
    assert.equal(error.$metadata.httpStatusCode, 400);
  });
});
