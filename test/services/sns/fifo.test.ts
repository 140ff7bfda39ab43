import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateTopicCommand, PublishBatchCommand, PublishCommand, SubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';
import { DeleteMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { clients, createQueue, failure, receiveAll, uniqueName } from './support.js';

describe('SNS FIFO topics', () => {
  let nimbus: Nimbus;
  let sns: SNSClient;
  let sqs: SQSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    ({ sns, sqs } = clients(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  it('needs .fifo names with FifoTopic, a group id, and a deduplication id or content-based deduplication', async () => {
    assert.deepEqual(await failure(sns.send(new CreateTopicCommand({ Name: 'orders', Attributes: { FifoTopic: 'true' } }))), {
      name: 'InvalidParameterException', status: 400,
      message: 'Invalid parameter: Fifo Topic names must end with .fifo and must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.',
    });
    assert.deepEqual(await failure(sns.send(new CreateTopicCommand({ Name: 'orders.fifo' }))), { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: Topic Name' });
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: `${uniqueName('strict')}.fifo`, Attributes: { FifoTopic: 'true' } }));
    assert.deepEqual(await failure(sns.send(new PublishCommand({ TopicArn, Message: 'x' }))),
      { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: The MessageGroupId parameter is required for FIFO topics' });
    assert.deepEqual(await failure(sns.send(new PublishCommand({ TopicArn, Message: 'x', MessageGroupId: 'g' }))), {
      name: 'InvalidParameterException', status: 400,
      message: 'Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    });
  });

  it('delivers to a FIFO queue in publish order per group, deduplicating within five minutes', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({
      Name: `${uniqueName('orders')}.fifo`, Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' },
    }));
    const queue = await createQueue(sqs, `${uniqueName('orders-q')}.fifo`, { FifoQueue: 'true' });
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn, Attributes: { RawMessageDelivery: 'true' } }));
    const first = await sns.send(new PublishCommand({ TopicArn, Message: 'step 1', MessageGroupId: 'train-7' }));
    assert.match(first.SequenceNumber!, /^\d{20}$/);
    const again = await sns.send(new PublishCommand({ TopicArn, Message: 'step 1', MessageGroupId: 'train-7' }));
    assert.equal(again.MessageId, first.MessageId, 'a duplicate answers with the first message');
    await sns.send(new PublishBatchCommand({
      TopicArn,
      PublishBatchRequestEntries: Array.from({ length: 8 }, (_, i) => ({ Id: `e${i}`, Message: `step ${i + 2}`, MessageGroupId: 'train-7' })),
    }));
    const bodies: string[] = [];
    while (bodies.length < 9) {
      const received = await receiveAll(sqs, queue.url, 1);
      assert.ok(received.length, `message ${bodies.length + 1} arrived`);
      for (const message of received) {
        bodies.push(message.Body!);
        assert.equal(message.Attributes!.MessageGroupId, 'train-7');
        await sqs.send(new DeleteMessageCommand({ QueueUrl: queue.url, ReceiptHandle: message.ReceiptHandle }));
      }
    }
    assert.deepEqual(bodies, Array.from({ length: 9 }, (_, i) => `step ${i + 1}`));
  });

  it('puts SequenceNumber in the envelope of a FIFO notification', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: `${uniqueName('env')}.fifo`, Attributes: { FifoTopic: 'true' } }));
    const queue = await createQueue(sqs, `${uniqueName('env-q')}.fifo`, { FifoQueue: 'true' });
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn }));
    const published = await sns.send(new PublishCommand({ TopicArn, Message: 'm', MessageGroupId: 'g', MessageDeduplicationId: 'd-1' }));
    const [message] = await receiveAll(sqs, queue.url, 1);
    const envelope = JSON.parse(message!.Body!) as Record<string, string>;
    assert.deepEqual(Object.keys(envelope).slice(0, 4), ['Type', 'MessageId', 'SequenceNumber', 'TopicArn']);
    assert.equal(envelope.SequenceNumber, published.SequenceNumber);
    assert.equal(message!.Attributes!.MessageDeduplicationId, 'd-1');
  });

  it('delivers to a standard queue subscribed beside a FIFO one, as the price-update example in the AWS docs does', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: `${uniqueName('prices')}.fifo`, Attributes: { FifoTopic: 'true' } }));
    const wholesale = await createQueue(sqs, `${uniqueName('wholesale')}.fifo`, { FifoQueue: 'true' });
    const analytics = await createQueue(sqs, uniqueName('analytics'));
    for (const queue of [wholesale, analytics]) {
      await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn, Attributes: { RawMessageDelivery: 'true' } }));
    }
    await sns.send(new PublishCommand({ TopicArn, Message: 'price 42', MessageGroupId: 'p', MessageDeduplicationId: 'price-42' }));
    const [ordered] = await receiveAll(sqs, wholesale.url, 1);
    assert.equal(ordered!.Body, 'price 42');
    assert.equal(ordered!.Attributes!.MessageGroupId, 'p');
    const [plain] = await receiveAll(sqs, analytics.url, 1);
    assert.equal(plain?.Body, 'price 42');
    assert.equal(plain!.Attributes!.MessageGroupId, undefined);
  });
});
