import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import {
  CreateQueueCommand, DeleteMessageBatchCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageBatchCommand,
  SQSClient, SQSServiceException,
} from '@aws-sdk/client-sqs';
import { freePort, ServerProcess } from './server-process.js';

/**
 * The concurrency run with a crash in the middle: 8 producers and 16 consumers on a real
 * Nimbus process (SQLite in a data directory), killed with SIGKILL once half the messages are
 * acknowledged as sent, restarted on the same directory and port, and run to the end.
 *
 * What may happen, reasoned from what each side saw:
 * - A send the server acknowledged is committed: its message is received, before or after the crash.
 * - A send that failed may still have committed. Producers send it again until acknowledged; a
 *   FIFO queue deduplicates the second send (same MessageId), a standard queue keeps both copies.
 * - A receive the consumer saw is committed, message in flight, with a receipt handle that works
 *   after the restart; consumers keep deleting until the delete is acknowledged. So no message a
 *   consumer saw is ever seen again, whether or not its delete came before the crash.
 * - A receive the consumer never saw (answer lost in the crash) leaves its message in flight until
 *   the visibility timeout. The test moves the server clock past it once the consumers are idle and
 *   hold nothing, and the message is then received (for the first time, as far as clients know).
 */
const PRODUCERS = 8;
const CONSUMERS = 16;
const GROUPS_PER_PRODUCER = 4;
/** Long enough that nothing a consumer holds times out on a loaded machine; the test moves the clock instead. */
const VISIBILITY_TIMEOUT = 600;
const MESSAGES = { standard: 10_000, fifo: 10_000 } as const;

const root = mkdtempSync(join(tmpdir(), 'nimbus-sqs-kill9-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Calls again while the server cannot answer (killed, or not back yet); an answer that is an SQS error fails the test. */
async function persist<T>(call: () => Promise<T>, onRetry: () => void = () => {}): Promise<T> {
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (error instanceof SQSServiceException) throw error;
      onRetry();
      await sleep(20);
    }
  }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(50);
}

interface Run {
  /** MessageId → body of every message whose send was acknowledged. */
  acked: Map<string, string>;
  /** Bodies of batches that failed at least once before being acknowledged. */
  resent: Set<string>;
  /** MessageId → body of every message a consumer saw. */
  received: Map<string, string>;
  /** Receipts of a message seen before, or after its delete was acknowledged; FIFO group order broken. */
  problems: string[];
  /** Messages whose receive was lost in the crash, found in flight by the end. */
  lostReceives: number;
  /** Of those, the ones a consumer that died with the server had received. */
  abandoned: number;
  ackedWhenKilled: number;
}

async function run(total: number, fifo: boolean, dataDir: string, track: (server: ServerProcess) => void): Promise<Run> {
  const port = await freePort();
  let server = await ServerProcess.start(port, dataDir);
  track(server);
  const sqs = new SQSClient({ endpoint: server.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({
    QueueName: fifo ? 'crash.fifo' : 'crash',
    Attributes: { VisibilityTimeout: String(VISIBILITY_TIMEOUT), ...(fifo ? { FifoQueue: 'true' } : {}) },
  }));
  const outcome: Run = { acked: new Map(), resent: new Set(), received: new Map(), problems: [], lostReceives: 0, abandoned: 0, ackedWhenKilled: 0 };
  const deleted = new Set<string>();
  const lastInGroup = new Map<string, number>();
  let holding = 0;
  let receiving = 0;
  let emptyStreak = 0;
  let paused = false;
  let stopped = false;

  async function produce(producer: number): Promise<void> {
    const share = total / PRODUCERS;
    for (let start = 0; start < share; start += 10) {
      const Entries = Array.from({ length: Math.min(10, share - start) }, (_, i) => {
        const sequence = start + i;
        const group = `p${producer}-g${sequence % GROUPS_PER_PRODUCER}`;
        const body = `${group}:${Math.floor(sequence / GROUPS_PER_PRODUCER)}`;
        return { Id: `e${i}`, MessageBody: body, ...(fifo ? { MessageGroupId: group, MessageDeduplicationId: `${producer}-${sequence}` } : {}) };
      });
      let failed = false;
      const result = await persist(() => sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries })), () => (failed = true));
      assert.deepEqual(result.Failed ?? [], []);
      for (const entry of result.Successful ?? []) {
        const body = Entries.find((sent) => sent.Id === entry.Id)!.MessageBody;
        outcome.acked.set(entry.MessageId!, body);
        if (failed) outcome.resent.add(body);
      }
    }
  }

  function see(messageId: string, body: string): void {
    if (deleted.has(messageId)) outcome.problems.push(`${messageId} (${body}) received after its delete was acknowledged`);
    else if (outcome.received.has(messageId)) outcome.problems.push(`${messageId} (${body}) received twice`);
    outcome.received.set(messageId, body);
    if (!fifo) return;
    const [group, index] = body.split(':') as [string, string];
    const expected = (lastInGroup.get(group) ?? -1) + 1;
    if (Number(index) !== expected) outcome.problems.push(`${group}: message ${index} received where ${expected} was due`);
    lastInGroup.set(group, Math.max(Number(index), lastInGroup.get(group) ?? -1));
  }

  async function consume(): Promise<void> {
    while (!stopped) {
      if (paused) {
        await sleep(20);
        continue;
      }
      receiving++;
      const { Messages = [] } = await persist(() => sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 })))
        .finally(() => receiving--);
      if (!Messages.length) {
        emptyStreak++;
        continue;
      }
      emptyStreak = 0;
      holding += Messages.length;
      for (const message of Messages) see(message.MessageId!, message.Body!);
      const Entries = Messages.map((message, i) => ({ Id: `d${i}`, ReceiptHandle: message.ReceiptHandle! }));
      const result = await persist(() => sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries })));
      assert.deepEqual(result.Failed ?? [], []);
      for (const message of Messages) deleted.add(message.MessageId!);
      holding -= Messages.length;
    }
  }

  /** Once consumers find nothing and hold nothing: done if the queue is empty, else what is in flight was lost with a receive. */
  async function finish(): Promise<void> {
    for (;;) {
      await until(() => emptyStreak >= CONSUMERS && holding === 0);
      paused = true;
      await until(() => receiving === 0 && holding === 0);
      const { Attributes = {} } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
      const visible = Number(Attributes.ApproximateNumberOfMessages);
      const inFlight = Number(Attributes.ApproximateNumberOfMessagesNotVisible);
      if (visible + inFlight === 0) return;
      if (inFlight > 0) {
        outcome.lostReceives += inFlight;
        const response = await fetch(`${server.endpoint}/_nimbus/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: VISIBILITY_TIMEOUT + 1 }) });
        assert.equal(response.status, 200);
      }
      emptyStreak = 0;
      paused = false;
    }
  }

  const consumers = Array.from({ length: CONSUMERS }, () => consume());
  const producers = Promise.all(Array.from({ length: PRODUCERS }, (_, i) => produce(i)));
  await until(() => outcome.acked.size >= total / 2);
  outcome.ackedWhenKilled = outcome.acked.size;
  // A consumer that dies with the server: what its last receive got is never seen by anyone. The
  // others stand aside for it, so it finds messages however fast they were draining the queue.
  paused = true;
  await until(() => receiving === 0);
  const { Messages: abandoned = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 5 }));
  outcome.abandoned = abandoned.length;
  await server.kill();
  paused = false;
  server = await ServerProcess.start(port, dataDir);
  track(server);
  await producers;
  await finish();
  stopped = true;
  await Promise.all(consumers);
  sqs.destroy();
  return outcome;
}

describe('SQS across kill -9 under 8 producers and 16 consumers', { timeout: 180_000 }, () => {
  for (const fifo of [false, true]) {
    const total = MESSAGES[fifo ? 'fifo' : 'standard'];
    it(`${fifo ? 'a FIFO' : 'a standard'} queue loses no acknowledged message of ${total} and never repeats one a consumer saw${fifo ? ', in group order' : ''}`, async (t) => {
      let server: ServerProcess | undefined;
      t.after(() => server?.kill());
      const started = Date.now();
      const outcome = await run(total, fifo, join(root, fifo ? 'fifo' : 'standard'), (latest) => (server = latest));
      t.diagnostic(`killed with ${outcome.ackedWhenKilled} of ${total} sends acknowledged; ${outcome.resent.size} messages sent again after a failed batch; ` +
        `${outcome.lostReceives} messages in flight with no consumer (${outcome.abandoned} of them abandoned on purpose), redelivered after ` +
        `the visibility timeout; ${Date.now() - started} ms`);
      assert.ok(outcome.ackedWhenKilled < total, 'the kill came before the last send');
      assert.ok(outcome.abandoned > 0 && outcome.lostReceives >= outcome.abandoned, 'messages in flight with a dead consumer come back');
      assert.deepEqual(outcome.problems, []);
      assert.equal(outcome.acked.size, total);
      assert.deepEqual([...outcome.acked.keys()].filter((id) => !outcome.received.has(id)), [], 'acknowledged messages never received');
      const unacknowledged = [...outcome.received].filter(([id]) => !outcome.acked.has(id));
      if (fifo) assert.deepEqual(unacknowledged, [], 'a FIFO queue deduplicates a batch sent again');
      else assert.deepEqual(unacknowledged.filter(([, body]) => !outcome.resent.has(body)), [], 'received messages nobody sent');
    });
  }
});
