import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { client, PROTOCOLS, uniqueName } from './clients.js';

for (const { protocol, sdk } of PROTOCOLS) {
  describe(`SQS FIFO queues (${protocol})`, () => {
    let nimbus: Nimbus;
    let sqs: ReturnType<typeof client>;
    before(async () => {
      nimbus = await startTestNimbus();
      sqs = client(sdk, nimbus.endpoint);
    });
    after(() => nimbus.stop());

    const newQueue = async (Attributes: Record<string, string> = {}, name = uniqueName('fifo')) =>
      (await sqs.send(new sdk.CreateQueueCommand({ QueueName: `${name}.fifo`, Attributes: { FifoQueue: 'true', ...Attributes } }))).QueueUrl!;
    const send = (QueueUrl: string, MessageGroupId: string, MessageBody: string, MessageDeduplicationId = MessageBody) =>
      sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageGroupId, MessageBody, MessageDeduplicationId }));
    const receive = async (QueueUrl: string, MaxNumberOfMessages = 10) =>
      (await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages, AttributeNames: ['All'] }))).Messages ?? [];
    const bodies = (messages: ReadonlyArray<{ Body?: string }>) => messages.map((message) => message.Body);
    const release = (QueueUrl: string, message: { ReceiptHandle?: string }) =>
      sqs.send(new sdk.ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle, VisibilityTimeout: 0 }));

    it('gives a group\'s messages in order, and nothing more of a group while any of it is in flight', async () => {
      const QueueUrl = await newQueue({ VisibilityTimeout: '60' });
      for (const body of ['a1', 'a2', 'a3']) await send(QueueUrl, 'A', body);
      await send(QueueUrl, 'B', 'b1');
      const first = await receive(QueueUrl, 2);
      assert.deepEqual(bodies(first), ['a1', 'a2']);
      assert.deepEqual(bodies(await receive(QueueUrl)), ['b1']);
      await sqs.send(new sdk.DeleteMessageCommand({ QueueUrl, ReceiptHandle: first[0]!.ReceiptHandle }));
      assert.deepEqual(await receive(QueueUrl), [], 'a2 is still in flight');
      await release(QueueUrl, first[1]!);
      const next = await receive(QueueUrl);
      assert.deepEqual(bodies(next), ['a2', 'a3']);
      assert.equal(next[0]!.Attributes?.ApproximateReceiveCount, '2');
      assert.equal(next[0]!.Attributes?.MessageGroupId, 'A');
    });

    it('keeps a group closed while a later message is in flight, even when the first is visible again', async () => {
      const QueueUrl = await newQueue({ VisibilityTimeout: '60' });
      for (const body of ['m1', 'm2', 'm3']) await send(QueueUrl, 'G/with:punctuation!', body);
      const first = await receive(QueueUrl, 2);
      assert.deepEqual(bodies(first), ['m1', 'm2']);
      await release(QueueUrl, first[0]!);
      assert.deepEqual(await receive(QueueUrl), [], 'm2 is still in flight');
      const counters = (await sqs.send(new sdk.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }))).Attributes!;
      assert.equal(counters.ApproximateNumberOfMessages, '2');
      assert.equal(counters.ApproximateNumberOfMessagesNotVisible, '1');
      await advanceClock(nimbus.endpoint, 61);
      assert.deepEqual(bodies(await receive(QueueUrl)), ['m1', 'm2', 'm3']);
    });

    it('accepts a repeated deduplication id for five minutes without storing the message again', async () => {
      const QueueUrl = await newQueue({ ContentBasedDeduplication: 'true' });
      const sent = await send(QueueUrl, 'G', 'same', 'dedup-1');
      const repeated = await send(QueueUrl, 'G', 'other body', 'dedup-1');
      assert.equal(repeated.MessageId, sent.MessageId);
      assert.equal(repeated.SequenceNumber, sent.SequenceNumber);
      const byContent = await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageGroupId: 'G', MessageBody: 'content' }));
      const byContentAgain = await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageGroupId: 'G', MessageBody: 'content' }));
      assert.equal(byContentAgain.MessageId, byContent.MessageId);
      await advanceClock(nimbus.endpoint, 301);
      const later = await send(QueueUrl, 'G', 'same', 'dedup-1');
      assert.notEqual(later.MessageId, sent.MessageId);
      const received = await receive(QueueUrl);
      assert.deepEqual(bodies(received), ['same', 'content', 'same']);
      assert.ok(BigInt(received[2]!.Attributes!.SequenceNumber!) > BigInt(received[1]!.Attributes!.SequenceNumber!));
    });

    it('moves a message received too often to the dead-letter queue and gives the next of its group in the same receive', async () => {
      const name = uniqueName('fifo-dlq');
      const deadLetterUrl = await newQueue({}, `${name}-dlq`);
      const QueueUrl = await newQueue({
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: `arn:aws:sqs:us-east-1:000000000000:${name}-dlq.fifo`, maxReceiveCount: 1 }),
      }, name);
      for (const body of ['poison', 'next']) await send(QueueUrl, 'G', body);
      const [poison] = await receive(QueueUrl, 1);
      assert.equal(poison?.Body, 'poison');
      await release(QueueUrl, poison!);
      assert.deepEqual(bodies(await receive(QueueUrl)), ['next']);
      const dead = await receive(deadLetterUrl);
      assert.deepEqual(bodies(dead), ['poison']);
      assert.equal(dead[0]!.Attributes?.MessageGroupId, 'G');
      assert.equal(dead[0]!.Attributes?.DeadLetterQueueSourceArn, `arn:aws:sqs:us-east-1:000000000000:${name}.fifo`);
    });

    it('forgets purged messages, so their groups give what is sent after', async () => {
      const QueueUrl = await newQueue();
      await send(QueueUrl, 'G', 'old');
      assert.deepEqual(bodies(await receive(QueueUrl)), ['old']);
      await sqs.send(new sdk.PurgeQueueCommand({ QueueUrl }));
      await send(QueueUrl, 'G', 'new');
      assert.deepEqual(bodies(await receive(QueueUrl)), ['new']);
    });
  });
}
