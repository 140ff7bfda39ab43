import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, ReceiveMessageCommand, SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { freePort, ServerProcess } from './server-process.js';

const root = mkdtempSync(join(tmpdir(), 'nimbus-kill9-'));
after(() => rmSync(root, { recursive: true, force: true }));

const config = (endpoint: string) => ({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  maxAttempts: 1,
});

interface AckedObject {
  key: string;
  body: Buffer;
  contentType: string;
  metadata: Record<string, string>;
}

interface AckedMessage {
  body: string;
  attribute: string;
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

async function putObject(s3: S3Client, bucket: string, object: AckedObject): Promise<void> {
  const output = await s3.send(
    new PutObjectCommand({ Bucket: bucket, Key: object.key, Body: object.body, ContentType: object.contentType, Metadata: object.metadata }),
  );
  assert.ok(output.ETag);
}

async function sendMessage(sqs: SQSClient, queueUrl: string, message: AckedMessage): Promise<void> {
  const output = await sqs.send(
    new SendMessageCommand({
      QueueUrl: queueUrl,
      MessageBody: message.body,
      MessageAttributes: { attempt: { DataType: 'String', StringValue: message.attribute } },
    }),
  );
  assert.equal(output.MD5OfMessageBody, md5(message.body));
}

function object(key: string, size: number, i: number): AckedObject {
  return { key, body: randomBytes(size), contentType: i % 2 ? 'application/octet-stream' : 'text/plain; charset=utf-8', metadata: { index: String(i), origin: 'kill9' } };
}

/** Everything the restarted server holds must include every acknowledged object, byte for byte. */
async function assertObjects(s3: S3Client, bucket: string, acked: AckedObject[]): Promise<void> {
  const listed = new Set<string>();
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const entry of page.Contents ?? []) listed.add(entry.Key!);
    token = page.NextContinuationToken;
  } while (token);
  for (const expected of acked) {
    assert.ok(listed.has(expected.key), `listing lost ${expected.key}`);
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: expected.key }));
    const body = Buffer.from(await got.Body!.transformToByteArray());
    assert.ok(body.equals(expected.body), `bytes of ${expected.key}`);
    assert.equal(got.ContentType, expected.contentType, `content type of ${expected.key}`);
    assert.deepEqual(got.Metadata, expected.metadata, `metadata of ${expected.key}`);
    assert.equal(got.ContentLength, expected.body.length);
  }
}

/** Receives until the queue is empty, hiding each message for the rest of the test. */
async function drainQueue(sqs: SQSClient, queueUrl: string): Promise<Map<string, string | undefined>> {
  const received = new Map<string, string | undefined>();
  for (let empty = 0; empty < 2; ) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 3600, MessageAttributeNames: ['All'] }),
    );
    if (Messages.length === 0) empty++;
    for (const message of Messages) {
      assert.equal(message.MD5OfBody, md5(message.Body!));
      received.set(message.Body!, message.MessageAttributes?.attempt?.StringValue);
    }
  }
  return received;
}

describe('durability across kill -9', { timeout: 120_000 }, () => {
  it('keeps every acknowledged S3 object and SQS message', async (t) => {
    const dataDir = join(root, 'acked');
    const port = await freePort();
    let server = await ServerProcess.start(port, dataDir);
    t.after(() => server.kill());
    let s3 = new S3Client({ ...config(server.endpoint), forcePathStyle: true });
    let sqs = new SQSClient(config(server.endpoint));

    await s3.send(new CreateBucketCommand({ Bucket: 'durable' }));
    const { QueueUrl: queueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'durable' }));
    const objects = [
      object('empty', 0, 0),
      object('small.txt', 100, 1),
      object('nested/dir/../key with spaces & ünïcödé 😀', 4096, 2),
      object('large.bin', 5 * 1024 * 1024 + 3, 3),
      ...Array.from({ length: 20 }, (_, i) => object(`many/${String(i).padStart(2, '0')}`, 1000 + i, 4 + i)),
    ];
    await Promise.all(objects.map((o) => putObject(s3, 'durable', o)));
    const overwritten = object('small.txt', 333, 99);
    await putObject(s3, 'durable', overwritten);
    objects[1] = overwritten;

    const messages: AckedMessage[] = Array.from({ length: 30 }, (_, i) => ({ body: `message ${i} ✓`, attribute: `a${i}` }));
    await Promise.all(messages.slice(0, 20).map((m) => sendMessage(sqs, queueUrl!, m)));
    const batch = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: messages.slice(20).map((m, i) => ({ Id: `e${i}`, MessageBody: m.body, MessageAttributes: { attempt: { DataType: 'String', StringValue: m.attribute } } })),
      }),
    );
    assert.equal(batch.Successful?.length, 10);
    assert.equal(batch.Failed?.length ?? 0, 0);

    await server.kill();
    server = await ServerProcess.start(port, dataDir);
    s3 = new S3Client({ ...config(server.endpoint), forcePathStyle: true });
    sqs = new SQSClient(config(server.endpoint));

    await assertObjects(s3, 'durable', objects);
    const received = await drainQueue(sqs, queueUrl!);
    for (const m of messages) assert.equal(received.get(m.body), m.attribute, `message lost: ${m.body}`);
    assert.equal(received.size, messages.length);
  });

  it('keeps what was acknowledged when killed in the middle of a stream of writes', async (t) => {
    const dataDir = join(root, 'in-flight');
    const port = await freePort();
    let server = await ServerProcess.start(port, dataDir);
    t.after(() => server.kill());
    let s3 = new S3Client({ ...config(server.endpoint), forcePathStyle: true });
    let sqs = new SQSClient(config(server.endpoint));
    await s3.send(new CreateBucketCommand({ Bucket: 'streaming' }));
    const { QueueUrl: queueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'streaming' }));

    const ackedObjects: AckedObject[] = [];
    const ackedMessages: AckedMessage[] = [];
    let killed = false;
    const writer = async (lane: number) => {
      for (let i = 0; !killed; i++) {
        const o = object(`lane-${lane}/${i}`, 2000 + ((i * 7919) % 100_000), i);
        const m = { body: `lane ${lane} message ${i}`, attribute: `${lane}.${i}` };
        try {
          await putObject(s3, 'streaming', o);
          ackedObjects.push(o);
          await sendMessage(sqs, queueUrl!, m);
          ackedMessages.push(m);
        } catch (error) {
          if (!killed) throw new Error(`write failed before the kill: ${String(error)}\n${server.log}`, { cause: error });
        }
      }
    };
    const lanes = Array.from({ length: 8 }, (_, lane) => writer(lane));
    while (ackedMessages.length < 150) await new Promise((resolve) => setImmediate(resolve));
    killed = true;
    await server.kill();
    await Promise.all(lanes);

    server = await ServerProcess.start(port, dataDir);
    s3 = new S3Client({ ...config(server.endpoint), forcePathStyle: true });
    sqs = new SQSClient(config(server.endpoint));
    await assertObjects(s3, 'streaming', ackedObjects);
    const received = await drainQueue(sqs, queueUrl!);
    for (const m of ackedMessages) assert.equal(received.get(m.body), m.attribute, `message lost: ${m.body}`);
  });
});
