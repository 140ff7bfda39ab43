import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { Crc32 } from '@aws-crypto/crc32';
import type { Nimbus } from '../../../src/index.js';
import { cliEnv, startTestNimbus } from '../../support/nimbus.js';

const run = promisify(execFile);
const MiB = 1024 * 1024;

/**
 * Uploads the file in two parts with boto3, each part checksummed by botocore, completes with the
 * part checksums, then reads the object back with ChecksumMode ENABLED. Prints what S3 answered.
 */
const SCRIPT = `
import base64, hashlib, json, sys
import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

path, bucket, algorithm, checksum_type = sys.argv[1:5]
body = open(path, 'rb').read()
halves = [body[:5 * 1024 * 1024], body[5 * 1024 * 1024:]]
field = 'Checksum' + algorithm
# botocore retries BadDigest as S3 answers it; one attempt is enough to see it.
s3 = boto3.client('s3', config=Config(retries={'total_max_attempts': 1}))
s3.create_bucket(Bucket=bucket)
created = s3.create_multipart_upload(Bucket=bucket, Key='data.bin', ChecksumAlgorithm=algorithm, ChecksumType=checksum_type)
upload_id = created['UploadId']
parts = []
for number, data in enumerate(halves, start=1):
    answer = s3.upload_part(Bucket=bucket, Key='data.bin', UploadId=upload_id, PartNumber=number, Body=data, ChecksumAlgorithm=algorithm)
    parts.append({'PartNumber': number, 'ETag': answer['ETag'], field: answer[field]})
listed = s3.list_parts(Bucket=bucket, Key='data.bin', UploadId=upload_id)
try:
    s3.upload_part(Bucket=bucket, Key='data.bin', UploadId=upload_id, PartNumber=3, Body=b'tampered', **{field: parts[0][field]})
    wrong_part = None
except ClientError as error:
    wrong_part = [error.response['Error']['Code'], error.response['ResponseMetadata']['HTTPStatusCode']]
completed = s3.complete_multipart_upload(Bucket=bucket, Key='data.bin', UploadId=upload_id, MultipartUpload={'Parts': parts})
got = s3.get_object(Bucket=bucket, Key='data.bin', ChecksumMode='ENABLED')
read = got['Body'].read()
print(json.dumps({
    'created': {'algorithm': created.get('ChecksumAlgorithm'), 'type': created.get('ChecksumType')},
    'parts': [part[field] for part in parts],
    'listed': [part.get(field) for part in listed['Parts']],
    'wrongPart': wrong_part,
    'completed': {'etag': completed['ETag'], 'checksum': completed.get(field), 'type': completed.get('ChecksumType')},
    'got': {'checksum': got.get(field), 'type': got.get('ChecksumType'), 'length': got['ContentLength'],
            'sha256': hashlib.sha256(read).hexdigest()},
}))
`;

interface Answer {
  created: { algorithm: string; type: string };
  parts: string[];
  listed: string[];
  wrongPart: [string, number] | null;
  completed: { etag: string; checksum: string; type: string };
  got: { checksum: string; type: string; length: number; sha256: string };
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest();
const md5 = (data: Buffer) => createHash('md5').update(data).digest();
function crc32(data: Buffer): Buffer {
  const crc = new Crc32().update(data).digest() >>> 0;
  const out = Buffer.alloc(4);
  out.writeUInt32BE(crc);
  return out;
}

describe('S3 multipart with checksums through boto3', () => {
  let nimbus: Nimbus;
  let dir: string;
  let body: Buffer;
  let halves: Buffer[];
  const boto3 = async (bucket: string, algorithm: string, type: string): Promise<Answer> => {
    const { stdout } = await run('python3', ['-c', SCRIPT, join(dir, 'body.bin'), bucket, algorithm, type], { env: cliEnv(nimbus.endpoint), encoding: 'utf8' });
    return JSON.parse(stdout) as Answer;
  };
  const multipartEtag = () => `"${createHash('md5').update(Buffer.concat([0, 1].map((i) => md5(halves[i])))).digest('hex')}-2"`;
  before(async () => {
    nimbus = await startTestNimbus();
    dir = mkdtempSync(join(tmpdir(), 'nimbus-s3-boto3-'));
    body = randomBytes(6 * MiB + 12345);
    halves = [body.subarray(0, 5 * MiB), body.subarray(5 * MiB)];
    writeFileSync(join(dir, 'body.bin'), body);
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await nimbus.stop();
  });

  it('uploads SHA256-checksummed parts and gets back the COMPOSITE checksum of the part checksums, -2', async () => {
    const answer = await boto3('boto3-sha256', 'SHA256', 'COMPOSITE');
    assert.deepEqual(answer.created, { algorithm: 'SHA256', type: 'COMPOSITE' });
    const partSums = halves.map(sha256);
    assert.deepEqual(answer.parts, partSums.map((sum) => sum.toString('base64')));
    assert.deepEqual(answer.listed, answer.parts);
    assert.deepEqual(answer.wrongPart, ['BadDigest', 400]);
    const composite = `${sha256(Buffer.concat(partSums)).toString('base64')}-2`;
    assert.equal(answer.completed.etag, multipartEtag());
    assert.equal(answer.completed.checksum, composite);
    assert.equal(answer.completed.type, 'COMPOSITE');
    assert.deepEqual(answer.got, { checksum: composite, type: 'COMPOSITE', length: body.length, sha256: sha256(body).toString('hex') });
  });

  it('uploads CRC32-checksummed parts as FULL_OBJECT and gets back the CRC32 of the whole body', async () => {
    const answer = await boto3('boto3-crc32', 'CRC32', 'FULL_OBJECT');
    assert.deepEqual(answer.created, { algorithm: 'CRC32', type: 'FULL_OBJECT' });
    assert.deepEqual(answer.parts, halves.map((half) => crc32(half).toString('base64')));
    assert.deepEqual(answer.listed, answer.parts);
    assert.deepEqual(answer.wrongPart, ['BadDigest', 400]);
    const whole = crc32(body).toString('base64');
    assert.equal(answer.completed.etag, multipartEtag());
    assert.equal(answer.completed.checksum, whole);
    assert.equal(answer.completed.type, 'FULL_OBJECT');
    assert.deepEqual(answer.got, { checksum: whole, type: 'FULL_OBJECT', length: body.length, sha256: sha256(body).toString('hex') });
  });
});
