import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../../src/index.js';
import { cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { client, PROTOCOLS, uniqueName } from './clients.js';

const run = promisify(execFile);

async function aws(endpoint: string, ...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run('aws', ['--endpoint-url', endpoint, '--output', 'json', 'sqs', ...args], { env: cliEnv(endpoint) });
  return stdout.trim() ? JSON.parse(stdout) : {};
}

/** A query-protocol form POSTed by hand, with the Host header a client chose. */
function postForm(port: number, host: string, path: string, form: Record<string, string>): Promise<{ status: number; body: string }> {
  const body = new URLSearchParams(form).toString();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { host, 'content-type': 'application/x-www-form-urlencoded' } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk) => (text += chunk)).on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on('error', reject).end(body);
  });
}

describe('SQS through the AWS CLI and raw requests', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('creates a queue, sends, receives and deletes a message with the CLI', async () => {
    const name = uniqueName('cli');
    const { QueueUrl } = (await aws(nimbus.endpoint, 'create-queue', '--queue-name', name)) as { QueueUrl: string };
    assert.equal(QueueUrl, `${nimbus.endpoint}/000000000000/${name}`);
    const sent = (await aws(nimbus.endpoint, 'send-message', '--queue-url', QueueUrl, '--message-body', 'from the cli',
      '--message-attributes', '{"kind":{"DataType":"String","StringValue":"cli"}}')) as { MessageId: string; MD5OfMessageBody: string };
    const received = (await aws(nimbus.endpoint, 'receive-message', '--queue-url', QueueUrl, '--message-attribute-names', 'All', '--attribute-names', 'All')) as {
      Messages: Array<{ MessageId: string; Body: string; ReceiptHandle: string; Attributes: Record<string, string>; MessageAttributes: Record<string, { StringValue: string }> }>;
    };
    const [message] = received.Messages;
    assert.equal(message!.MessageId, sent.MessageId);
    assert.equal(message!.Body, 'from the cli');
    assert.equal(message!.MessageAttributes.kind!.StringValue, 'cli');
    assert.equal(message!.Attributes.ApproximateReceiveCount, '1');
    await aws(nimbus.endpoint, 'delete-message', '--queue-url', QueueUrl, '--receipt-handle', message!.ReceiptHandle);
    const after = (await aws(nimbus.endpoint, 'get-queue-attributes', '--queue-url', QueueUrl, '--attribute-names', 'All')) as { Attributes: Record<string, string> };
    assert.equal(after.Attributes.ApproximateNumberOfMessages, '0');
    assert.equal(after.Attributes.ApproximateNumberOfMessagesNotVisible, '0');
  });

  it('reports a missing queue to the CLI under its query error code', async () => {
    await assert.rejects(aws(nimbus.endpoint, 'get-queue-url', '--queue-name', uniqueName('absent')), (error: { stderr: string }) => {
      assert.match(error.stderr, /An error occurred \(AWS\.SimpleQueueService\.NonExistentQueue\) when calling the GetQueueUrl operation/);
      return true;
    });
  });

  it('accepts query calls POSTed to the queue URL without QueueUrl, and sqs.<region>.localhost hosts', async () => {
    const host = `sqs.us-east-1.localhost:${nimbus.port}`;
    const name = uniqueName('by-path');
    const created = await postForm(nimbus.port, host, '/', { Action: 'CreateQueue', Version: '2012-11-05', QueueName: name });
    assert.equal(created.status, 200);
    assert.match(created.body, new RegExp(`<QueueUrl>http://${host.replace(/\./g, '\\.')}/000000000000/${name}</QueueUrl>`));
    const sent = await postForm(nimbus.port, host, `/000000000000/${name}`, { Action: 'SendMessage', Version: '2012-11-05', MessageBody: 'by path' });
    assert.equal(sent.status, 200);
    assert.match(sent.body, /<MD5OfMessageBody>[0-9a-f]{32}<\/MD5OfMessageBody>/);
    const received = await postForm(nimbus.port, host, `/000000000000/${name}`, { Action: 'ReceiveMessage', Version: '2012-11-05' });
    assert.match(received.body, /<Body>by path<\/Body>/);
  });
});

describe('SQS messages survive a restart', () => {
  for (const { protocol, sdk } of PROTOCOLS) {
    it(`keeps queues and messages in the data directory (${protocol})`, async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'nimbus-sqs-'));
      try {
        const name = uniqueName('durable');
        const first = await startTestNimbus({ ephemeral: false, dataDir });
        const before = client(sdk, first.endpoint);
        const { QueueUrl } = await before.send(new sdk.CreateQueueCommand({ QueueName: name }));
        const sent = await before.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'still here' }));
        await first.stop();
        const second = await startTestNimbus({ ephemeral: false, dataDir });
        try {
          const after = client(sdk, second.endpoint);
          const found = await after.send(new sdk.GetQueueUrlCommand({ QueueName: name }));
          const { Messages } = await after.send(new sdk.ReceiveMessageCommand({ QueueUrl: found.QueueUrl }));
          assert.equal(Messages?.[0]?.MessageId, sent.MessageId);
          assert.equal(Messages?.[0]?.Body, 'still here');
        } finally {
          await second.stop();
        }
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    });
  }
});
