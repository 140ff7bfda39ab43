import assert from 'node:assert/strict';
import type { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type ListObjectsV2CommandOutput,
} from '@aws-sdk/client-s3';
import { AwsError } from '../../src/common/aws-error.js';
import { restXmlCodec } from '../../src/protocol/rest-xml.js';
import { CaptureHandler, plain } from '../support/capture.js';
import { decodeWith, operationOf, responseContext } from '../support/codec-round-trip.js';

const wire = new CaptureHandler();
const s3 = new S3Client({ ...wire.clientConfig, forcePathStyle: true });
const context = responseContext('s3');

async function text(body: unknown): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body as Readable) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** Members the SDK's flexible-checksum middleware adds to every upload on its own. */
function withoutChecksums(input: Record<string, unknown>): Record<string, unknown> {
  const { ChecksumAlgorithm: _algorithm, ChecksumCRC32: _crc32, ContentMD5: _md5, ...rest } = input;
  return rest;
}

describe('rest-xml codec (S3)', () => {
  it('decodes PutObject: greedy key label, headers, prefixed metadata headers, timestamp header, streamed body', async () => {
    const input = {
      Bucket: 'my-bucket',
      Key: 'photos/2024/ünïcode name+plus&amp/~tilde.txt',
      Body: 'hello, object',
      ContentType: 'text/plain; charset=utf-8',
      CacheControl: 'max-age=60',
      Expires: new Date('2030-01-02T03:04:05Z'),
      ObjectLockMode: 'GOVERNANCE' as const,
      ObjectLockRetainUntilDate: new Date('2031-02-03T04:05:06Z'),
      Metadata: { owner: 'alice', 'project-id': '42' },
      StorageClass: 'STANDARD_IA' as const,
      Tagging: 'a=b&c=d e',
    };
    const request = await wire.request(() => s3.send(new PutObjectCommand(input)));
    const { operation, input: decoded } = await decodeWith(restXmlCodec, 's3', request);
    assert.equal(operation.name, 'PutObject');
    const { Body, ContentLength, ...rest } = withoutChecksums(decoded);
    const { Body: sent, Expires, ...expected } = input;
    // botocore (this project's models) types Expires as a string where the JS SDK has a Date.
    assert.deepStrictEqual(plain(rest), plain({ ...expected, Expires: Expires.toUTCString() }));
    assert.equal(ContentLength, Buffer.byteLength(sent));
    assert.equal(await text(Body), sent);
  });

  it('decodes ListObjectsV2 query parameters and resolves the operation by its list-type literal', async () => {
    const input = { Bucket: 'my-bucket', Prefix: 'photos/ 2024/', Delimiter: '/', MaxKeys: 7, ContinuationToken: 'tok+/=', StartAfter: 'a&b', FetchOwner: true };
    const request = await wire.request(() => s3.send(new ListObjectsV2Command(input)));
    const { operation, input: decoded } = await decodeWith(restXmlCodec, 's3', request);
    assert.equal(operation.name, 'ListObjectsV2');
    assert.deepStrictEqual(plain(decoded), plain(input));
  });

  it('encodes ListObjectsV2 output (flattened Contents, timestamps, nested Owner) that the SDK parses back', async () => {
    const output: Omit<ListObjectsV2CommandOutput, '$metadata'> = {
      IsTruncated: true,
      Name: 'my-bucket',
      Prefix: 'photos/',
      Delimiter: '/',
      MaxKeys: 2,
      KeyCount: 2,
      NextContinuationToken: 'next',
      Contents: [
        { Key: 'photos/a & b.jpg', LastModified: new Date('2024-01-01T00:00:00.000Z'), ETag: '"abc"', Size: 10, StorageClass: 'STANDARD', Owner: { ID: 'owner-id', DisplayName: 'me' } },
        { Key: 'photos/c.jpg', LastModified: new Date('2024-01-02T12:30:00.500Z'), ETag: '"def"', Size: 0, StorageClass: 'STANDARD' },
      ],
      CommonPrefixes: [{ Prefix: 'photos/2024/' }],
    };
    const response = restXmlCodec.encodeResponse(output, operationOf('s3', 'ListObjectsV2'), context);
    const parsed = await wire.respond(response, () => s3.send(new ListObjectsV2Command({ Bucket: 'my-bucket' })));
    assert.deepStrictEqual(plain(parsed), plain(output));
  });

  it('encodes HeadObject output bound to headers (rfc822 timestamps, metadata map, integers)', async () => {
    const output = {
      ContentLength: 13,
      ContentType: 'text/plain',
      ETag: '"0123"',
      LastModified: new Date('2024-05-06T07:08:09Z'),
      Metadata: { owner: 'alice' },
      CacheControl: 'max-age=60',
      StorageClass: 'STANDARD_IA' as const,
      AcceptRanges: 'bytes',
    };
    const response = restXmlCodec.encodeResponse(output, operationOf('s3', 'HeadObject'), context);
    const parsed = await wire.respond(response, () => s3.send(new HeadObjectCommand({ Bucket: 'b', Key: 'k' })));
    assert.deepStrictEqual(plain(parsed), plain(output));
  });

  it('encodes NoSuchKey the SDK throws by name, status and message', async () => {
    const response = restXmlCodec.encodeError(new AwsError('NoSuchKey', 'The specified key does not exist.', 404, { fields: { Key: 'missing.txt' } }), context);
    const thrown = await wire.respond(response, () => s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'missing.txt' }))).then(
      () => assert.fail('the SDK did not throw'),
      (e: unknown) => e as Error & { $metadata: { httpStatusCode: number } },
    );
    assert.equal(thrown.name, 'NoSuchKey');
    assert.equal(thrown.$metadata.httpStatusCode, 404);
    assert.equal(thrown.message, 'The specified key does not exist.');
  });
});
