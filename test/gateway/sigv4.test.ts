import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, GetObjectCommand, ListBucketsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Nimbus } from '../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../support/nimbus.js';
import { failure, jsonError, queryError, send, sendTo } from './support.js';

const WRONG = { credentials: { accessKeyId: 'test', secretAccessKey: 'not-the-secret' }, maxAttempts: 1 };
const CORAL_MISMATCH = 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
const S3_MISMATCH = 'The request signature we calculated does not match the signature you provided. Check your key and signing method.';

function s3(endpoint: string, extra: Record<string, unknown> = {}): S3Client {
  return new S3Client(clientConfig(endpoint, { forcePathStyle: true, maxAttempts: 1, ...extra }));
}

describe('SigV4 enforced', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus({ enforceSigV4: true });
    await s3(nimbus.endpoint).send(new CreateBucketCommand({ Bucket: 'signed' }));
  });
  after(() => nimbus.stop());

  it('accepts correctly signed STS (query), SQS (json) and S3 (rest-xml) calls', async () => {
    const identity = await new STSClient(clientConfig(nimbus.endpoint)).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, '000000000000');
    const sqs = new SQSClient(clientConfig(nimbus.endpoint));
    await sqs.send(new CreateQueueCommand({ QueueName: 'signed' }));
    assert.equal((await sqs.send(new ListQueuesCommand({}))).QueueUrls?.length, 1);
  });

  it('accepts the S3 SDK default streaming upload (aws-chunked, trailing checksum) and a signed GET', async () => {
    const client = s3(nimbus.endpoint);
    const sent: string[] = [];
    client.middlewareStack.add(
      (next) => async (args) => {
        const headers = (args.request as { headers: Record<string, string> }).headers;
        sent.push(`${headers['x-amz-content-sha256']} ${headers['content-encoding']}`);
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low' },
    );
    const body = Readable.from([Buffer.from('hello, '), Buffer.from('signed world')]);
    await client.send(new PutObjectCommand({ Bucket: 'signed', Key: 'dir/a b+c.txt', Body: body, ContentLength: 19 }));
    assert.deepEqual(sent, ['STREAMING-UNSIGNED-PAYLOAD-TRAILER aws-chunked']);
    const object = await client.send(new GetObjectCommand({ Bucket: 'signed', Key: 'dir/a b+c.txt' }));
    assert.equal(await object.Body?.transformToString(), 'hello, signed world');
  });

  it('a wrong secret is SignatureDoesNotMatch (403) in each protocol', async () => {
    const sts = await failure(new STSClient(clientConfig(nimbus.endpoint, WRONG)).send(new GetCallerIdentityCommand({})));
    assert.deepEqual(sts, { name: 'SignatureDoesNotMatch', status: 403, message: CORAL_MISMATCH });
    const sqs = await failure(new SQSClient(clientConfig(nimbus.endpoint, WRONG)).send(new ListQueuesCommand({})));
    assert.deepEqual(sqs, { name: 'SignatureDoesNotMatch', status: 403, message: CORAL_MISMATCH });
    const bucket = await failure(s3(nimbus.endpoint, WRONG).send(new ListBucketsCommand({})));
    assert.deepEqual(bucket, { name: 'SignatureDoesNotMatch', status: 403, message: S3_MISMATCH });
  });

  it('an unsigned query call is MissingAuthenticationToken (403) in the query envelope', async () => {
    const response = await send(nimbus.endpoint, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=GetCallerIdentity&Version=2011-06-15' });
    assert.equal(response.status, 403);
    assert.deepEqual(queryError(response), { type: 'Sender', code: 'MissingAuthenticationToken', message: 'Request is missing Authentication Token' });
  });

  it('an unsigned json call is MissingAuthenticationToken (403) in the json envelope', async () => {
    const response = await send(nimbus.endpoint, { headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AmazonSQS.ListQueues' }, body: '{}' });
    assert.equal(response.status, 403);
    assert.equal(jsonError(response).type, 'MissingAuthenticationToken');
  });

  it('an unsigned S3 call is AccessDenied (403), as S3 answers anonymous requests', async () => {
    const direct = await sendTo(`http://signed.s3.localhost:${nimbus.port}/dir/a%20b%2Bc.txt`);
    assert.equal(direct.status, 403);
    assert.match(direct.body, /^<\?xml version="1.0" encoding="UTF-8"\?>\s*<Error><Code>AccessDenied<\/Code><Message>Access Denied<\/Message>/);
  });

  it('presigned S3 PUT and GET URLs work; a tampered one does not', async () => {
    const client = s3(nimbus.endpoint);
    const put = await getSignedUrl(client, new PutObjectCommand({ Bucket: 'signed', Key: 'presigned.txt' }), { expiresIn: 300 });
    assert.equal((await fetch(put, { method: 'PUT', body: 'via a presigned URL' })).status, 200);
    const get = await getSignedUrl(client, new GetObjectCommand({ Bucket: 'signed', Key: 'presigned.txt' }), { expiresIn: 300 });
    const response = await fetch(get);
    assert.equal(response.status, 200);
    assert.equal(await response.text(), 'via a presigned URL');
    const tampered = await fetch(get.replace('presigned.txt', 'dir/a%20b%2Bc.txt'));
    assert.equal(tampered.status, 403);
    assert.match(await tampered.text(), /<Code>SignatureDoesNotMatch<\/Code>/);
  });

  // Last: it moves the Nimbus clock.
  it('an expired presigned URL is AccessDenied "Request has expired" (403)', async () => {
    const get = await getSignedUrl(s3(nimbus.endpoint), new GetObjectCommand({ Bucket: 'signed', Key: 'presigned.txt' }), { expiresIn: 60 });
    await advanceClock(nimbus.endpoint, 120);
    const response = await fetch(get);
    assert.equal(response.status, 403);
    const body = await response.text();
    assert.match(body, /<Code>AccessDenied<\/Code><Message>Request has expired<\/Message>/);
  });
});

describe('SigV4 not enforced (the default)', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('accepts a garbage signature and a wrong secret', async () => {
    const response = await send(nimbus.endpoint, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'AWS4-HMAC-SHA256 Credential=test/20200101/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=deadbeef' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    assert.equal(response.status, 200);
    const identity = await new STSClient(clientConfig(nimbus.endpoint, WRONG)).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, '000000000000');
  });
});
