import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { CreateQueueCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../src/index.js';
import { VERSION } from '../../src/version.js';
import { clientConfig, startTestNimbus } from '../support/nimbus.js';

// The server runs in this process, so the CLI runs asynchronously beside it.
const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../../nimbus/cli.js', import.meta.url));

describe('nimbus CLI against a running server', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('status prints the health document', async () => {
    const { stdout } = await run(process.execPath, [CLI, 'status', '--port', String(nimbus.port)]);
    const health = JSON.parse(stdout) as { version: string; services: Record<string, string> };
    assert.equal(health.version, VERSION);
    assert.equal(health.services.sqs, 'available');
  });

  it('reset --service sqs erases SQS state', async () => {
    const sqs = new SQSClient(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
    await sqs.send(new CreateQueueCommand({ QueueName: 'cli-reset' }));
    const { stdout } = await run(process.execPath, [CLI, 'reset', '--port', String(nimbus.port), '--service', 'sqs']);
    assert.deepEqual(JSON.parse(stdout), { reset: 'sqs' });
    assert.deepEqual((await sqs.send(new ListQueuesCommand({}))).QueueUrls ?? [], []);
  });

  it('status exits 1 and says so when nothing listens', async () => {
    const { port } = await startTestNimbus().then(async (other) => {
      await other.stop();
      return other;
    });
    await assert.rejects(run(process.execPath, [CLI, 'status', '--port', String(port)]), (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 1);
      assert.match(error.stderr, new RegExp(`Nimbus is not running at http://127.0.0.1:${port}`));
      return true;
    });
  });
});
