import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateFunctionCommand, InvokeCommand, type LambdaClient, type Runtime } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { decode, lambdaClient, ROLE, uniqueName, zipOf } from './support.js';

describe('Lambda execution environments: the handler\'s own SDK (S3 and SQS, Node.js and boto3), memory, idle reaping', () => {
  let nimbus: Nimbus;
  let lambda: LambdaClient;
  let s3: S3Client;
  let sqs: SQSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    lambda = lambdaClient(nimbus.endpoint);
    s3 = new S3Client(clientConfig(nimbus.endpoint, { forcePathStyle: true }));
    sqs = new SQSClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  async function create(runtime: Runtime, handler: string, files: Record<string, string>, extra: Record<string, unknown> = {}): Promise<string> {
    const name = uniqueName('env');
    await lambda.send(new CreateFunctionCommand({ FunctionName: name, Runtime: runtime, Role: ROLE, Handler: handler, Timeout: 30, Code: { ZipFile: zipOf(files) }, ...extra }));
    return name;
  }
  const invoke = (FunctionName: string, event: unknown) => lambda.send(new InvokeCommand({ FunctionName, Payload: new TextEncoder().encode(JSON.stringify(event)) }));

  /** A bucket and a queue the handler writes to; the test then finds both writes through its own clients. */
  async function expectWrites(name: string): Promise<void> {
    const bucket = uniqueName('from-lambda');
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: uniqueName('from-lambda') }));
    const response = await invoke(name, { bucket, queueUrl: QueueUrl });
    const answer = decode(response.Payload) as { messageId: string };
    assert.equal(response.FunctionError, undefined, JSON.stringify(answer));
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'written.txt' }));
    assert.equal(await object.Body!.transformToString(), `written by ${name}`);
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));
    assert.equal(Messages?.[0]?.MessageId, answer.messageId);
    assert.equal(Messages?.[0]?.Body, `sent by ${name}`);
  }

  it('a Node.js handler writes to S3 and SQS with the SDK it was not bundled with', async () => {
    await expectWrites(await create('nodejs22.x', 'index.handler', { 'index.mjs': `
      import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
      import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
      export const handler = async (event) => {
        const name = process.env.AWS_LAMBDA_FUNCTION_NAME;
        await new S3Client({ forcePathStyle: true }).send(new PutObjectCommand({ Bucket: event.bucket, Key: 'written.txt', Body: 'written by ' + name }));
        const sent = await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: event.queueUrl, MessageBody: 'sent by ' + name }));
        return { messageId: sent.MessageId };
      };` }));
  });

  it('a Python handler writes to S3 and SQS with the machine\'s boto3', async () => {
    await expectWrites(await create('python3.12', 'main.handler', { 'main.py': [
      'import os',
      'import boto3',
      'from botocore.config import Config',
      'def handler(event, context):',
      '    name = os.environ["AWS_LAMBDA_FUNCTION_NAME"]',
      '    s3 = boto3.client("s3", config=Config(s3={"addressing_style": "path"}))',
      '    s3.put_object(Bucket=event["bucket"], Key="written.txt", Body=("written by " + name).encode())',
      '    sent = boto3.client("sqs").send_message(QueueUrl=event["queueUrl"], MessageBody="sent by " + name)',
      '    return {"messageId": sent["MessageId"]}',
    ].join('\n') }));
  });

  it('ends a Node.js environment that outgrows its memory size, and the next invocation starts afresh', async () => {
    const name = await create('nodejs20.x', 'index.handler', { 'index.js': `
      const kept = [];
      exports.handler = async (event) => {
        if (event.grow) for (;;) kept.push(new Array(1e6).fill(kept.length));
        return { pid: process.pid, heapLimitMB: require('node:v8').getHeapStatistics().heap_size_limit / 2 ** 20 };
      };` }, { MemorySize: 128 });
    const before = decode((await invoke(name, {})).Payload) as { pid: number; heapLimitMB: number };
    assert.ok(before.heapLimitMB <= 256, `heap limit ${before.heapLimitMB} MB`);
    const grown = await invoke(name, { grow: true });
    assert.equal(grown.FunctionError, 'Unhandled');
    assert.equal((decode(grown.Payload) as { errorType: string }).errorType, 'Runtime.ExitError');
    const afterwards = decode((await invoke(name, {})).Payload) as { pid: number };
    assert.notEqual(afterwards.pid, before.pid);
  });

  it('reaps an environment after 5 minutes of clock time idle', async () => {
    const name = await create('nodejs20.x', 'index.handler', { 'index.js': `exports.handler = async () => ({ pid: process.pid });` });
    const first = decode((await invoke(name, {})).Payload) as { pid: number };
    await advanceClock(nimbus.endpoint, 299);
    assert.equal((decode((await invoke(name, {})).Payload) as { pid: number }).pid, first.pid);
    await advanceClock(nimbus.endpoint, 301);
    assert.notEqual((decode((await invoke(name, {})).Payload) as { pid: number }).pid, first.pid);
  });
});
