import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, GetObjectCommand, ListBucketsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../src/index.js';
import { clientConfig, startTestNimbus } from '../support/nimbus.js';
import { failure, loopbackHandler, sendTo } from './support.js';

function account(id: string) {
  return { credentials: { accessKeyId: id, secretAccessKey: 'test' }, maxAttempts: 1 };
}

describe('S3 addressing by host', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  // *.localhost does not resolve on this system (getaddrinfo without nss-myhostname), so the SDK's
  // agent resolves every name to 127.0.0.1; the Host header stays what the SDK chose.
  it('virtual-hosted style: <bucket>.s3.localhost', async () => {
    const hosts: string[] = [];
    const s3 = new S3Client(clientConfig(`http://s3.localhost:${nimbus.port}`, { forcePathStyle: false, requestHandler: loopbackHandler(), maxAttempts: 1 }));
    s3.middlewareStack.add(
      (next) => async (args) => {
        hosts.push(String((args.request as { headers: Record<string, string> }).headers.host));
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low' },
    );
    await s3.send(new CreateBucketCommand({ Bucket: 'vhost-bucket' }));
    await s3.send(new PutObjectCommand({ Bucket: 'vhost-bucket', Key: 'nested/key.txt', Body: 'virtually hosted' }));
    const object = await s3.send(new GetObjectCommand({ Bucket: 'vhost-bucket', Key: 'nested/key.txt' }));
    assert.equal(await object.Body?.transformToString(), 'virtually hosted');
    assert.deepEqual(new Set(hosts), new Set([`vhost-bucket.s3.localhost:${nimbus.port}`]));

    const pathStyle = new S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true }));
    const listed = await pathStyle.send(new ListObjectsV2Command({ Bucket: 'vhost-bucket' }));
    assert.deepEqual(listed.Contents?.map((o) => o.Key), ['nested/key.txt']);
  });

  it('virtual-hosted style with a region: <bucket>.s3.<region>.localhost', async () => {
    const s3 = new S3Client(clientConfig(`http://s3.eu-west-1.localhost:${nimbus.port}`, { region: 'eu-west-1', forcePathStyle: false, requestHandler: loopbackHandler(), maxAttempts: 1 }));
    await s3.send(new CreateBucketCommand({ Bucket: 'regional-bucket', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    await s3.send(new PutObjectCommand({ Bucket: 'regional-bucket', Key: 'k', Body: 'in Ireland' }));
    const object = await sendTo(`http://regional-bucket.s3.eu-west-1.localhost:${nimbus.port}/k`);
    assert.equal(object.status, 200);
    assert.equal(object.body, 'in Ireland');
  });

  it('a plain host with no signature is never taken for S3', async () => {
    const response = await sendTo(`http://127.0.0.1:${nimbus.port}/vhost-bucket/nested/key.txt`);
    assert.equal(response.status, 400);
    assert.match(response.body, /<Code>UnknownService<\/Code>/);
  });
});

describe('account and region of the caller', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('a 12-digit access key id is its own account: buckets of two accounts are listed apart', async () => {
    const first = new S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true, ...account('111111111111') }));
    const second = new S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true, ...account('222222222222') }));
    await first.send(new CreateBucketCommand({ Bucket: 'first-account-bucket' }));
    await second.send(new CreateBucketCommand({ Bucket: 'second-account-bucket' }));
    assert.deepEqual((await first.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name), ['first-account-bucket']);
    assert.deepEqual((await second.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name), ['second-account-bucket']);
    // Bucket names stay global, as in AWS.
    const taken = await failure(second.send(new CreateBucketCommand({ Bucket: 'first-account-bucket' })));
    assert.deepEqual([taken.name, taken.status], ['BucketAlreadyExists', 409]);
  });

  it('queues of two accounts with the same name are separate, each URL naming its account', async () => {
    const first = new SQSClient(clientConfig(nimbus.endpoint, account('111111111111')));
    const second = new SQSClient(clientConfig(nimbus.endpoint, account('222222222222')));
    const a = await first.send(new CreateQueueCommand({ QueueName: 'same-name' }));
    const b = await second.send(new CreateQueueCommand({ QueueName: 'same-name' }));
    assert.match(a.QueueUrl ?? '', /\/111111111111\/same-name$/);
    assert.match(b.QueueUrl ?? '', /\/222222222222\/same-name$/);
    assert.deepEqual((await first.send(new ListQueuesCommand({}))).QueueUrls, [a.QueueUrl]);
  });

  it('any other access key id is the default account 000000000000', async () => {
    const sqs = new SQSClient(clientConfig(nimbus.endpoint, account('AKIAIOSFODNN7EXAMPLE')));
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'default-account' }));
    assert.match(QueueUrl ?? '', /\/000000000000\/default-account$/);
  });

  it('the region comes from the signature scope', async () => {
    const ireland = new SQSClient(clientConfig(nimbus.endpoint, { region: 'eu-west-1', maxAttempts: 1 }));
    const { QueueUrl } = await ireland.send(new CreateQueueCommand({ QueueName: 'regional' }));
    const attributes = await ireland.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
    assert.equal(attributes.Attributes?.QueueArn, 'arn:aws:sqs:eu-west-1:000000000000:regional');
    const virginia = new SQSClient(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
    assert.deepEqual((await virginia.send(new ListQueuesCommand({ QueueNamePrefix: 'regional' }))).QueueUrls ?? [], []);
  });
});
