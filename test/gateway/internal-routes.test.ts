import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateBucketCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, ListQueuesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../src/index.js';
import { VERSION } from '../../src/version.js';
import { clientConfig, startTestNimbus } from '../support/nimbus.js';
import { failure } from './support.js';

async function call(url: string, method = 'GET', body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  assert.equal(response.headers.get('content-type'), 'application/json');
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('internal routes', () => {
  let nimbus: Nimbus;
  let sqs: SQSClient;
  let s3: S3Client;
  before(async () => {
    nimbus = await startTestNimbus();
    sqs = new SQSClient(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
    s3 = new S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true, maxAttempts: 1 }));
  });
  after(() => nimbus.stop());

  it('GET /_nimbus/health: version, services, state backend, uptime', async () => {
    const { status, json } = await call(`${nimbus.endpoint}/_nimbus/health`);
    assert.equal(status, 200);
    assert.equal(json.version, VERSION);
    const services = json.services as Record<string, string>;
    for (const name of ['sts', 's3', 'sqs']) assert.equal(services[name], 'available');
    assert.deepEqual(json.state, { backend: 'memory', ephemeral: true });
    assert.equal(typeof json.uptimeSeconds, 'number');
    assert.ok((json.uptimeSeconds as number) >= 0);
  });

  it('GET /_localstack/health answers as LocalStack does', async () => {
    const { status, json } = await call(`${nimbus.endpoint}/_localstack/health`);
    assert.equal(status, 200);
    assert.equal((json.services as Record<string, string>).sqs, 'running');
    assert.equal(json.edition, 'community');
    assert.equal(json.version, VERSION);
  });

  it('an unknown internal route is 404, never passed on to a service', async () => {
    const { status, json } = await call(`${nimbus.endpoint}/_nimbus/nothing-here`);
    assert.equal(status, 404);
    assert.match(String(json.error), /no internal route GET \/_nimbus\/nothing-here/);
  });

  it('POST /_nimbus/reset?service=sqs resets SQS only; POST /_nimbus/reset resets everything', async () => {
    await sqs.send(new CreateQueueCommand({ QueueName: 'doomed' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'survivor' }));

    assert.deepEqual(await call(`${nimbus.endpoint}/_nimbus/reset?service=sqs`, 'POST'), { status: 200, json: { reset: 'sqs' } });
    assert.deepEqual((await sqs.send(new ListQueuesCommand({}))).QueueUrls ?? [], []);
    await s3.send(new HeadBucketCommand({ Bucket: 'survivor' }));

    assert.deepEqual(await call(`${nimbus.endpoint}/_nimbus/reset`, 'POST'), { status: 200, json: { reset: 'all' } });
    const gone = await failure(s3.send(new HeadBucketCommand({ Bucket: 'survivor' })));
    assert.equal(gone.status, 404);
  });

  it('POST /_nimbus/clock {advanceSeconds} moves the clock every service reads', async () => {
    const before = Date.parse(String((await call(`${nimbus.endpoint}/_nimbus/clock`)).json.now));
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'delayed' }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'later', DelaySeconds: 600 }));
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages, undefined);

    const advanced = await call(`${nimbus.endpoint}/_nimbus/clock`, 'POST', { advanceSeconds: 601 });
    assert.equal(advanced.status, 200);
    assert.ok(Date.parse(String(advanced.json.now)) - before >= 601_000);
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    assert.deepEqual(received.Messages?.map((m) => m.Body), ['later']);
  });

  it('POST /_nimbus/clock refuses a negative or non-numeric advance', async () => {
    for (const advanceSeconds of [-5, 'soon']) {
      assert.deepEqual(await call(`${nimbus.endpoint}/_nimbus/clock`, 'POST', { advanceSeconds }), {
        status: 400,
        json: { error: 'advanceSeconds must be a non-negative number', code: 'InvalidParameterValue' },
      });
    }
    for (const body of ['{"advanceSeconds": ', '"60"']) {
      const response = await fetch(`${nimbus.endpoint}/_nimbus/clock`, { method: 'POST', body });
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as { code: string }).code, 'SerializationException');
    }
  });
});
