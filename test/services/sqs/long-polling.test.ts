import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { client, PROTOCOLS, uniqueName } from './clients.js';

for (const { protocol, sdk } of PROTOCOLS) {
  describe(`SQS long polling (${protocol})`, () => {
    let nimbus: Nimbus;
    let sqs: ReturnType<typeof client>;
    before(async () => {
      nimbus = await startTestNimbus();
      sqs = client(sdk, nimbus.endpoint);
    });
    after(() => nimbus.stop());

    const newQueue = async (Attributes?: Record<string, string>) =>
      (await sqs.send(new sdk.CreateQueueCommand({ QueueName: uniqueName('poll'), Attributes }))).QueueUrl!;

    it('returns as soon as a message is sent during the wait', async () => {
      const QueueUrl = await newQueue();
      const waiting = sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }));
      await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'arrived' }));
      const { Messages } = await waiting;
      assert.equal(Messages?.[0]?.Body, 'arrived');
    });

    it('waits the queue\'s ReceiveMessageWaitTimeSeconds when the call names none', async () => {
      const QueueUrl = await newQueue({ ReceiveMessageWaitTimeSeconds: '20' });
      const waiting = sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl }));
      await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'default wait' }));
      assert.equal((await waiting).Messages?.[0]?.Body, 'default wait');
    });

    it('ends empty when the wait passes on the clock', async () => {
      const QueueUrl = await newQueue();
      const waiting = sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }));
      await sqs.send(new sdk.GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
      await advanceClock(nimbus.endpoint, 20);
      assert.equal((await waiting).Messages, undefined);
    });

    it('wakes when a delayed message becomes visible during the wait', async () => {
      const QueueUrl = await newQueue();
      await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'delayed', DelaySeconds: 5 }));
      const waiting = sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }));
      await advanceClock(nimbus.endpoint, 5);
      assert.equal((await waiting).Messages?.[0]?.Body, 'delayed');
    });

    it('wakes when an in-flight message\'s visibility timeout ends during the wait', async () => {
      const QueueUrl = await newQueue();
      await sqs.send(new sdk.SendMessageCommand({ QueueUrl, MessageBody: 'retry' }));
      const first = (await sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 30 }))).Messages![0]!;
      const waiting = sqs.send(new sdk.ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }));
      await advanceClock(nimbus.endpoint, 30);
      assert.equal((await waiting).Messages?.[0]?.MessageId, first.MessageId);
    });
  });
}
