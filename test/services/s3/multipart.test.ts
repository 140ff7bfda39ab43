import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import {
  AbortMultipartUploadCommand, CompleteMultipartUploadCommand, CreateBucketCommand, CreateMultipartUploadCommand, GetObjectCommand, HeadObjectCommand,
  ListMultipartUploadsCommand, ListPartsCommand, PutObjectCommand, S3ServiceException, UploadPartCommand, UploadPartCopyCommand, type S3Client,
} from '@aws-sdk/client-s3';
import type { Nimbus } from '../../../src/index.js';
import { cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { s3Client } from './support.js';

const run = promisify(execFile);
const MiB = 1024 * 1024;
const md5 = (data: Buffer) => createHash('md5').update(data).digest();
const crc32Of = (data: Buffer) => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc32(data) >>> 0);
  return out.toString('base64');
};

async function s3Error(promise: Promise<unknown>): Promise<S3ServiceException> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  assert.ok(error instanceof S3ServiceException, `expected an S3 error, got ${String(error)}`);
  return error;
}

describe('S3 multipart uploads', () => {
  let nimbus: Nimbus;
  let s3: S3Client;
  const Bucket = 'multipart-bucket';
  before(async () => {
    nimbus = await startTestNimbus();
    s3 = s3Client(nimbus.endpoint);
    await s3.send(new CreateBucketCommand({ Bucket }));
  });
  after(() => nimbus.stop());

  async function upload(Key: string, parts: Buffer[], extra: Record<string, unknown> = {}) {
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket, Key, ...extra }));
    const done = [];
    for (const [i, Body] of parts.entries()) {
      const part = await s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: i + 1, Body }));
      done.push({ PartNumber: i + 1, ETag: part.ETag, ChecksumCRC32: part.ChecksumCRC32, ChecksumCRC64NVME: part.ChecksumCRC64NVME });
    }
    return { UploadId: UploadId!, done };
  }

  it('completes an upload: the body is the parts in order, the ETag the MD5 of part MD5s with -N', async () => {
    const parts = [randomBytes(5 * MiB), randomBytes(5 * MiB + 17), randomBytes(1234)];
    const { UploadId, done } = await upload('big/object.bin', parts, { ContentType: 'application/x-test', Metadata: { color: 'blue' } });
    const completed = await s3.send(new CompleteMultipartUploadCommand({ Bucket, Key: 'big/object.bin', UploadId, MultipartUpload: { Parts: done } }));
    const expected = `"${md5(Buffer.concat(parts.map(md5))).toString('hex')}-3"`;
    assert.equal(completed.ETag, expected);
    assert.equal(completed.Key, 'big/object.bin');
    assert.equal(completed.Bucket, Bucket);
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'big/object.bin' }));
    assert.ok(Buffer.from(await got.Body!.transformToByteArray()).equals(Buffer.concat(parts)));
    assert.equal(got.ETag, expected);
    assert.equal(got.ContentType, 'application/x-test');
    assert.deepEqual(got.Metadata, { color: 'blue' });
    const ranged = await s3.send(new GetObjectCommand({ Bucket, Key: 'big/object.bin', Range: `bytes=${5 * MiB - 3}-${5 * MiB + 2}` }));
    assert.ok(Buffer.from(await ranged.Body!.transformToByteArray()).equals(Buffer.concat(parts).subarray(5 * MiB - 3, 5 * MiB + 3)));
    const second = await s3.send(new GetObjectCommand({ Bucket, Key: 'big/object.bin', PartNumber: 2 }));
    assert.equal(second.PartsCount, 3);
    assert.equal(second.ContentLength, parts[1]!.length);
    assert.equal(second.ContentRange, `bytes ${5 * MiB}-${10 * MiB + 16}/${10 * MiB + 17 + 1234}`);
    assert.ok(Buffer.from(await second.Body!.transformToByteArray()).equals(parts[1]!));
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: 'big/object.bin', PartNumber: 3 }));
    assert.equal(head.ContentLength, 1234);
    assert.equal(head.PartsCount, 3);
    const beyond = await s3Error(s3.send(new GetObjectCommand({ Bucket, Key: 'big/object.bin', PartNumber: 4 })));
    assert.equal(beyond.name, 'InvalidPartNumber');
    assert.equal(beyond.$metadata.httpStatusCode, 416);
    const gone = await s3Error(s3.send(new ListPartsCommand({ Bucket, Key: 'big/object.bin', UploadId })));
    assert.equal(gone.name, 'NoSuchUpload');
  });

  it('refuses a complete with parts out of order, unknown parts or wrong ETags, and small parts but the last', async () => {
    const Key = 'refused';
    const { UploadId, done } = await upload(Key, [Buffer.from('small part one'), Buffer.from('small part two')]);
    const order = await s3Error(s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: [done[1]!, done[0]!] } })));
    assert.equal(order.name, 'InvalidPartOrder');
    assert.equal(order.$metadata.httpStatusCode, 400);
    const unknown = await s3Error(s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: [{ PartNumber: 7, ETag: done[0]!.ETag }] } })));
    assert.equal(unknown.name, 'InvalidPart');
    const wrongTag = await s3Error(s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"00000000000000000000000000000000"' }] } })));
    assert.equal(wrongTag.name, 'InvalidPart');
    const small = await s3Error(s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: done.map(({ PartNumber, ETag }) => ({ PartNumber, ETag })) } })));
    assert.equal(small.name, 'EntityTooSmall');
    assert.equal(small.$metadata.httpStatusCode, 400);
    // A single small part is the last part, which may be any size.
    const single = await s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: done[0]!.ETag }] } }));
    assert.match(single.ETag!, /-1"$/);
    const got = await s3.send(new GetObjectCommand({ Bucket, Key }));
    assert.equal(await got.Body!.transformToString(), 'small part one');
    const noUpload = await s3Error(s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: 1, Body: 'x' })));
    assert.equal(noUpload.name, 'NoSuchUpload');
    assert.equal(noUpload.$metadata.httpStatusCode, 404);
  });

  it('refuses part numbers outside 1..10000', async () => {
    const { UploadId } = await upload('numbers', []);
    const error = await s3Error(s3.send(new UploadPartCommand({ Bucket, Key: 'numbers', UploadId, PartNumber: 10001, Body: 'x' })));
    assert.equal(error.name, 'InvalidArgument');
    await s3.send(new AbortMultipartUploadCommand({ Bucket, Key: 'numbers', UploadId }));
  });

  it('aborts an upload, after which it is gone', async () => {
    const { UploadId } = await upload('aborted', [Buffer.from('data')]);
    await s3.send(new AbortMultipartUploadCommand({ Bucket, Key: 'aborted', UploadId }));
    const error = await s3Error(s3.send(new AbortMultipartUploadCommand({ Bucket, Key: 'aborted', UploadId })));
    assert.equal(error.name, 'NoSuchUpload');
    const complete = await s3Error(s3.send(new CompleteMultipartUploadCommand({ Bucket, Key: 'aborted', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"x"' }] } })));
    assert.equal(complete.name, 'NoSuchUpload');
  });

  it('lists parts with part-number-marker and max-parts; a re-uploaded part replaces the old one', async () => {
    const Key = 'parts-listed';
    const { UploadId } = await upload(Key, [Buffer.from('p1'), Buffer.from('p2'), Buffer.from('p3')]);
    const again = await s3.send(new UploadPartCommand({ Bucket, Key, UploadId, PartNumber: 2, Body: 'p2 again' }));
    const first = await s3.send(new ListPartsCommand({ Bucket, Key, UploadId, MaxParts: 2 }));
    assert.deepEqual(first.Parts?.map((p) => [p.PartNumber, p.Size]), [[1, 2], [2, 8]]);
    assert.equal(first.Parts?.[1]?.ETag, again.ETag);
    assert.equal(first.IsTruncated, true);
    assert.equal(first.NextPartNumberMarker, '2');
    const rest = await s3.send(new ListPartsCommand({ Bucket, Key, UploadId, PartNumberMarker: '2' }));
    assert.deepEqual(rest.Parts?.map((p) => p.PartNumber), [3]);
    assert.equal(rest.IsTruncated, false);
    await s3.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId }));
  });

  it('lists uploads in progress by key then initiation, with prefix, delimiter and markers', async () => {
    const bucket = 'multipart-listing';
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const create = async (Key: string) => (await s3.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key }))).UploadId!;
    const a1 = await create('a');
    const a2 = await create('a');
    const b = await create('b');
    await create('dir/c');
    const all = await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket, Delimiter: '/' }));
    assert.deepEqual(all.Uploads?.map((u) => [u.Key, u.UploadId]), [['a', a1], ['a', a2], ['b', b]]);
    assert.deepEqual(all.CommonPrefixes, [{ Prefix: 'dir/' }]);
    const page = await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket, MaxUploads: 2 }));
    assert.equal(page.IsTruncated, true);
    assert.equal(page.NextKeyMarker, 'a');
    assert.equal(page.NextUploadIdMarker, a2);
    const next = await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket, KeyMarker: 'a', UploadIdMarker: a1 }));
    assert.deepEqual(next.Uploads?.map((u) => u.UploadId).slice(0, 2), [a2, b]);
    const afterA = await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket, KeyMarker: 'a' }));
    assert.deepEqual(afterA.Uploads?.map((u) => u.Key), ['b', 'dir/c']);
    const prefixed = await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket, Prefix: 'dir/' }));
    assert.deepEqual(prefixed.Uploads?.map((u) => u.Key), ['dir/c']);
  });

  it('copies byte ranges of an object into parts with UploadPartCopy', async () => {
    const source = randomBytes(6 * MiB);
    await s3.send(new PutObjectCommand({ Bucket, Key: 'copy/source', Body: source }));
    const Key = 'copy/target';
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket, Key }));
    const one = await s3.send(new UploadPartCopyCommand({ Bucket, Key, UploadId, PartNumber: 1, CopySource: `${Bucket}/copy/source`, CopySourceRange: `bytes=0-${5 * MiB - 1}` }));
    assert.equal(one.CopyPartResult?.ETag, `"${md5(source.subarray(0, 5 * MiB)).toString('hex')}"`);
    const two = await s3.send(new UploadPartCopyCommand({ Bucket, Key, UploadId, PartNumber: 2, CopySource: `${Bucket}/copy/source`, CopySourceRange: `bytes=${5 * MiB}-${6 * MiB - 1}` }));
    const bad = await s3Error(s3.send(new UploadPartCopyCommand({ Bucket, Key, UploadId, PartNumber: 3, CopySource: `${Bucket}/copy/source`, CopySourceRange: `bytes=0-${6 * MiB}` })));
    assert.equal(bad.name, 'InvalidArgument');
    const mismatch = await s3Error(s3.send(new UploadPartCopyCommand({ Bucket, Key, UploadId, PartNumber: 3, CopySource: `${Bucket}/copy/source`, CopySourceIfMatch: '"nope"' })));
    assert.equal(mismatch.name, 'PreconditionFailed');
    assert.equal(mismatch.$metadata.httpStatusCode, 412);
    await s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: one.CopyPartResult!.ETag }, { PartNumber: 2, ETag: two.CopyPartResult!.ETag }] } }));
    const got = await s3.send(new GetObjectCommand({ Bucket, Key }));
    assert.ok(Buffer.from(await got.Body!.transformToByteArray()).equals(source));
  });

  it('gives a composite CRC32 checksum (checksum of part checksums, -N) and checks part checksums on complete', async () => {
    const Key = 'checksums/composite';
    const parts = [randomBytes(5 * MiB), randomBytes(100)];
    const { UploadId, done } = await upload(Key, parts, { ChecksumAlgorithm: 'CRC32' });
    assert.deepEqual(done.map((p) => p.ChecksumCRC32), parts.map(crc32Of));
    const wrong = await s3Error(s3.send(new CompleteMultipartUploadCommand({
      Bucket, Key, UploadId, MultipartUpload: { Parts: [{ ...done[0]!, ChecksumCRC32: crc32Of(Buffer.from('other')) }, done[1]!] },
    })));
    assert.equal(wrong.name, 'InvalidPart');
    const completed = await s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: done.map(({ PartNumber, ETag, ChecksumCRC32 }) => ({ PartNumber, ETag, ChecksumCRC32 })) } }));
    const composite = `${crc32Of(Buffer.concat(parts.map((p) => Buffer.from(crc32Of(p), 'base64'))))}-2`;
    assert.equal(completed.ChecksumCRC32, composite);
    assert.equal(completed.ChecksumType, 'COMPOSITE');
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key, ChecksumMode: 'ENABLED' }));
    assert.equal(head.ChecksumCRC32, composite);
    assert.equal(head.ChecksumType, 'COMPOSITE');
  });

  it('gives a FULL_OBJECT CRC32 checksum: the CRC of the whole body, combined from the parts', async () => {
    const Key = 'checksums/full';
    const parts = [randomBytes(5 * MiB), randomBytes(333)];
    const { UploadId, done } = await upload(Key, parts, { ChecksumAlgorithm: 'CRC32', ChecksumType: 'FULL_OBJECT' });
    const whole = crc32Of(Buffer.concat(parts));
    const Parts = done.map(({ PartNumber, ETag, ChecksumCRC32 }) => ({ PartNumber, ETag, ChecksumCRC32 }));
    // The whole-object checksum rides on the complete request as x-amz-checksum-crc32: a claim
    // about the object, not about the XML body it travels with.
    const completed = await s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts }, ChecksumCRC32: whole, ChecksumType: 'FULL_OBJECT' }));
    assert.equal(completed.ChecksumCRC32, whole);
    assert.equal(completed.ChecksumType, 'FULL_OBJECT');
    const got = await s3.send(new GetObjectCommand({ Bucket, Key, ChecksumMode: 'ENABLED' }));
    assert.equal(got.ChecksumCRC32, whole);
    assert.equal((await got.Body!.transformToByteArray()).length, 5 * MiB + 333);
  });

  it('refuses checksum types an algorithm cannot have', async () => {
    const sha = await s3Error(s3.send(new CreateMultipartUploadCommand({ Bucket, Key: 'bad-type', ChecksumAlgorithm: 'SHA256', ChecksumType: 'FULL_OBJECT' })));
    assert.equal(sha.name, 'InvalidRequest');
    const crc64 = await s3.send(new CreateMultipartUploadCommand({ Bucket, Key: 'crc64', ChecksumAlgorithm: 'CRC64NVME' }));
    assert.equal(crc64.ChecksumType, 'FULL_OBJECT');
  });

  it('completes conditionally: If-None-Match * refuses an existing key, If-Match needs the current ETag', async () => {
    const Key = 'conditional';
    const existing = await s3.send(new PutObjectCommand({ Bucket, Key, Body: 'exists' }));
    const { UploadId, done } = await upload(Key, [Buffer.from('replacement')]);
    const Parts = done.map(({ PartNumber, ETag }) => ({ PartNumber, ETag }));
    const refused = await s3Error(s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts }, IfNoneMatch: '*' })));
    assert.equal(refused.name, 'PreconditionFailed');
    assert.equal(refused.$metadata.httpStatusCode, 412);
    const stale = await s3Error(s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts }, IfMatch: '"0123456789abcdef0123456789abcdef"' })));
    assert.equal(stale.name, 'PreconditionFailed');
    await s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts }, IfMatch: existing.ETag }));
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket, Key }))).Body!.transformToString(), 'replacement');
  });

  it('takes a 9 MiB file from `aws s3 cp`, which uploads it in parts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nimbus-s3-mpu-'));
    try {
      const file = join(dir, 'large.bin');
      const data = randomBytes(9 * MiB);
      writeFileSync(file, data);
      const aws = (...args: string[]) => run('aws', ['--endpoint-url', nimbus.endpoint, ...args], { env: cliEnv(nimbus.endpoint) });
      await aws('s3', 'cp', file, `s3://${Bucket}/cli/large.bin`);
      const head = await s3.send(new HeadObjectCommand({ Bucket, Key: 'cli/large.bin' }));
      assert.match(head.ETag!, /-2"$/);
      assert.equal(head.ContentLength, 9 * MiB);
      await aws('s3', 'cp', `s3://${Bucket}/cli/large.bin`, join(dir, 'back.bin'));
      assert.ok(readFileSync(join(dir, 'back.bin')).equals(data));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
