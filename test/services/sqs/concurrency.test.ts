import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { client, PROTOCOLS, type Sqs, uniqueName } from './clients.js';

/**
 * The 10,000 messages, on a standard and a FIFO queue, over the current (json) protocol.
 * The query protocol shares every line of the server past the codec, so its runs carry 1,200 to keep
 * the file short. A multiple of 80: 8 producers, batches of 10.
 */
const MESSAGES = { standard: { json: 10_000, query: 1_200 }, fifo: { json: 10_000, query: 1_200 } } as const;
const PRODUCERS = 8;
const CONSUMERS = 16;
const GROUPS_PER_PRODUCER = 4;

interface Outcome {
  sent: Set<string>;
  received: Map<string, number>;
  /** Message ids a second consumer got while the first one's 30 s visibility timeout still ran. */
  duplicates: string[];
  /** FIFO only: `<group>: <sequence> after <sequence>` for every message received out of its group's order. */
  disorder: string[];
}

/**
 * 8 producers send `total` messages in batches of 10 while 16 consumers receive and delete in batches.
 * No clock advance happens, so with a 30 s visibility timeout no message may reach two consumers.
 */
async function run(sdk: Sqs, sqs: ReturnType<typeof client>, QueueUrl: string, fifo: boolean, total: number): Promise<Outcome> {
  const outcome: Outcome = { sent: new Set(), received: new Map(), duplicates: [], disorder: [] };
  const lastInGroup = new Map<string, number>();
  let producing = true;

  async function produce(producer: number): Promise<void> {
    const share = total / PRODUCERS;
    for (let start = 0; start < share; start += 10) {
      const Entries = Array.from({ length: Math.min(10, share - start) }, (_, i) => {
        const sequence = start + i;
        const group = `p${producer}-g${sequence % GROUPS_PER_PRODUCER}`;
        const entry: { Id: string; MessageBody: string; MessageGroupId?: string; MessageDeduplicationId?: string } = {
          Id: `e${i}`, MessageBody: `${group}:${sequence}`,
        };
        if (fifo) Object.assign(entry, { MessageGroupId: group, MessageDeduplicationId: `${producer}-${sequence}` });
        return entry;
      });
      const result = await sqs.send(new sdk.SendMessageBatchCommand({ QueueUrl, Entries }));
      assert.deepEqual(result.Failed ?? [], []);
      for (const entry of result.Successful ?? []) outcome.sent.add(entry.MessageId!);
    }
  }

  async function consume(consumer: number): Promise<void> {
    while (producing || outcome.received.size < outcome.sent.size) {
      const { Messages = [] } = await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
      for (const message of Messages) {
        if (outcome.received.has(message.MessageId!)) outcome.duplicates.push(message.MessageId!);
        outcome.received.set(message.MessageId!, consumer);
        if (fifo) {
          const [group, sequence] = message.Body!.split(':') as [string, string];
          const previous = lastInGroup.get(group) ?? -1;
          if (Number(sequence) <= previous) outcome.disorder.push(`${group}: ${sequence} after ${previous}`);
          lastInGroup.set(group, Number(sequence));
        }
      }
      if (!Messages.length) continue;
      const Entries = Messages.map((message, i) => ({ Id: `d${i}`, ReceiptHandle: message.ReceiptHandle! }));
      const deleted = await sqs.send(new sdk.DeleteMessageBatchCommand({ QueueUrl, Entries }));
      assert.deepEqual(deleted.Failed ?? [], []);
    }
  }

  const consumers = Array.from({ length: CONSUMERS }, (_, i) => consume(i));
  await Promise.all(Array.from({ length: PRODUCERS }, (_, i) => produce(i)));
  producing = false;
  await Promise.all(consumers);
  return outcome;
}

for (const { protocol, sdk } of PROTOCOLS) {
  describe(`SQS under concurrent producers and consumers (${protocol})`, () => {
    let nimbus: Nimbus;
    let sqs: ReturnType<typeof client>;
    before(async () => {
      nimbus = await startTestNimbus();
      sqs = client(sdk, nimbus.endpoint, { maxAttempts: 1 });
    });
    after(() => nimbus.stop());

    for (const fifo of [false, true]) {
      const total = MESSAGES[fifo ? 'fifo' : 'standard'][protocol];
      it(`${fifo ? 'a FIFO' : 'a standard'} queue delivers ${total} messages from ${PRODUCERS} producers to ${CONSUMERS} consumers, each once${fifo ? ', in group order' : ''}`, async () => {
        const name = uniqueName('concurrency') + (fifo ? '.fifo' : '');
        const { QueueUrl } = await sqs.send(new sdk.CreateQueueCommand({ QueueName: name, Attributes: fifo ? { FifoQueue: 'true' } : {} }));
        const outcome = await run(sdk, sqs, QueueUrl!, fifo, total);
        assert.equal(outcome.sent.size, total);
        assert.equal(outcome.received.size, total);
        assert.deepEqual([...outcome.received.keys()].filter((id) => !outcome.sent.has(id)), []);
        assert.deepEqual(outcome.duplicates, []);
        assert.deepEqual(outcome.disorder, []);
        const { Attributes } = await sqs.send(new sdk.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
        assert.equal(Attributes?.ApproximateNumberOfMessages, '0');
        assert.equal(Attributes?.ApproximateNumberOfMessagesNotVisible, '0');
      });
    }
  });
}
