import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { awsChunked, rawS3Request, s3Client, xmlText } from './support.js';

/** CRC32 of "hello world", base64 as S3 headers carry it. */
const HELLO_CRC32 = 'DUoRhQ==';

describe('S3 request bodies on the wire', () => {
  let nimbus: Nimbus;
  const Bucket = 'wire-bucket';
  before(async () => {
    nimbus = await startTestNimbus();
    await s3Client(nimbus.endpoint).send(new CreateBucketCommand({ Bucket }));
  });
  after(() => nimbus.stop());

  const chunkedPut = (Key: string, body: Buffer, decodedLength: number, extra: Record<string, string> = {}) =>
    rawS3Request(nimbus.endpoint, {
      method: 'PUT',
      path: `/${Bucket}/${Key}`,
      payloadHash: 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
      headers: {
        'content-encoding': 'aws-chunked',
        'x-amz-decoded-content-length': String(decodedLength),
        'x-amz-trailer': 'x-amz-checksum-crc32',
        'x-amz-sdk-checksum-algorithm': 'CRC32',
        ...extra,
      },
      body,
    });

  it('decodes an aws-chunked body with a trailing CRC32 and strips aws-chunked from Content-Encoding', async () => {
    const body = awsChunked([Buffer.from('hello '), Buffer.from('world')], { 'x-amz-checksum-crc32': HELLO_CRC32 });
    const response = await chunkedPut('chunked', body, 11, { 'content-encoding': 'gzip,aws-chunked' });
    assert.equal(response.status, 200, response.body);
    assert.equal(response.headers['x-amz-checksum-crc32'], HELLO_CRC32);
    const s3 = s3Client(nimbus.endpoint);
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: 'chunked', ChecksumMode: 'ENABLED' }));
    assert.equal(head.ContentLength, 11);
    assert.equal(head.ContentEncoding, 'gzip');
    assert.equal(head.ChecksumCRC32, HELLO_CRC32);
  });

  it('answers a wrong trailing checksum with BadDigest and stores nothing', async () => {
    const body = awsChunked([Buffer.from('hello world')], { 'x-amz-checksum-crc32': 'AAAAAA==' });
    const response = await chunkedPut('bad-trailer', body, 11);
    assert.equal(response.status, 400);
    assert.equal(xmlText(response.body, 'Code'), 'BadDigest');
    assert.equal(xmlText(response.body, 'Message'), 'The CRC32 you specified did not match the calculated checksum.');
    const head = await s3Client(nimbus.endpoint).send(new HeadObjectCommand({ Bucket, Key: 'bad-trailer' })).catch((e: { $metadata: { httpStatusCode: number } }) => e);
    assert.equal(head.$metadata.httpStatusCode, 404);
  });

  it('answers a truncated aws-chunked body with IncompleteBody', async () => {
    const whole = awsChunked([Buffer.from('hello world')], { 'x-amz-checksum-crc32': HELLO_CRC32 });
    const truncated = whole.subarray(0, 8);
    const response = await chunkedPut('truncated', truncated, 11);
    assert.equal(response.status, 400);
    assert.equal(xmlText(response.body, 'Code'), 'IncompleteBody');
    const short = await chunkedPut('short', awsChunked([Buffer.from('hello')], { 'x-amz-checksum-crc32': HELLO_CRC32 }), 11);
    assert.equal(xmlText(short.body, 'Code'), 'IncompleteBody');
  });

  it('answers a wrong x-amz-checksum-crc32 header with BadDigest, a malformed one with InvalidRequest', async () => {
    const wrong = await rawS3Request(nimbus.endpoint, { method: 'PUT', path: `/${Bucket}/bad-header`, headers: { 'x-amz-checksum-crc32': 'AAAAAA==' }, body: 'hello world' });
    assert.equal(wrong.status, 400);
    assert.equal(xmlText(wrong.body, 'Code'), 'BadDigest');
    const malformed = await rawS3Request(nimbus.endpoint, { method: 'PUT', path: `/${Bucket}/bad-header`, headers: { 'x-amz-checksum-crc32': 'nope' }, body: 'hello world' });
    assert.equal(malformed.status, 400);
    assert.equal(xmlText(malformed.body, 'Code'), 'InvalidRequest');
    const right = await rawS3Request(nimbus.endpoint, { method: 'PUT', path: `/${Bucket}/bad-header`, headers: { 'x-amz-checksum-crc32': HELLO_CRC32 }, body: 'hello world' });
    assert.equal(right.status, 200);
  });

  it('answers a payload that does not match x-amz-content-sha256 with XAmzContentSHA256Mismatch', async () => {
    const claimed = createHash('sha256').update('something else').digest('hex');
    const response = await rawS3Request(nimbus.endpoint, { method: 'PUT', path: `/${Bucket}/sha-mismatch`, payloadHash: claimed, body: 'hello world' });
    assert.equal(response.status, 400);
    assert.equal(xmlText(response.body, 'Code'), 'XAmzContentSHA256Mismatch');
    assert.equal(xmlText(response.body, 'ClientComputedContentSHA256'), claimed);
    assert.equal(xmlText(response.body, 'S3ComputedContentSHA256'), createHash('sha256').update('hello world').digest('hex'));
  });

  it('decodes a signed aws-chunked body (STREAMING-AWS4-HMAC-SHA256-PAYLOAD)', async () => {
    const signature = 'f'.repeat(64);
    const body = Buffer.concat([
      Buffer.from(`6;chunk-signature=${signature}\r\nhello \r\n`),
      Buffer.from(`5;chunk-signature=${signature}\r\nworld\r\n`),
      Buffer.from(`0;chunk-signature=${signature}\r\n\r\n`),
    ]);
    const response = await rawS3Request(nimbus.endpoint, {
      method: 'PUT',
      path: `/${Bucket}/signed-chunks`,
      payloadHash: 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD',
      headers: { 'content-encoding': 'aws-chunked', 'x-amz-decoded-content-length': '11' },
      body,
    });
    assert.equal(response.status, 200, response.body);
    assert.equal(response.headers.etag, `"${createHash('md5').update('hello world').digest('hex')}"`);
    const got = await s3Client(nimbus.endpoint).send(new GetObjectCommand({ Bucket, Key: 'signed-chunks' }));
    assert.equal(await got.Body!.transformToString(), 'hello world');
  });

  it('serves virtual-hosted-style requests addressed to <bucket>.s3.localhost', async () => {
    const port = new URL(nimbus.endpoint).port;
    const put = await rawS3Request(nimbus.endpoint, { method: 'PUT', path: '/hosted/key.txt', host: `${Bucket}.s3.localhost:${port}`, body: 'by host' });
    assert.equal(put.status, 200, put.body);
    const listed = await rawS3Request(nimbus.endpoint, { method: 'GET', path: '/', query: { 'list-type': '2', prefix: 'hosted/' }, host: `${Bucket}.s3.localhost:${port}` });
    assert.equal(listed.status, 200, listed.body);
    assert.equal(xmlText(listed.body, 'Key'), 'hosted/key.txt');
    assert.equal(xmlText(listed.body, 'Name'), Bucket);
  });

  it('keeps serving correctly after every bad body', async () => {
    const s3 = s3Client(nimbus.endpoint);
    await s3.send(new PutObjectCommand({ Bucket, Key: 'after', Body: 'still fine' }));
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'after' }));
    assert.equal(await got.Body!.transformToString(), 'still fine');
  });
});
