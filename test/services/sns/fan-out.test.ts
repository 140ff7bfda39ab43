import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PublishBatchCommand, PublishCommand, SubscribeCommand, CreateTopicCommand, SetSubscriptionAttributesCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { clients, createQueue, receiveAll, signatureVerifies, uniqueName } from './support.js';

describe('SNS to SQS fan-out', () => {
  let nimbus: Nimbus;
  let sns: SNSClient;
  let sqs: SQSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    ({ sns, sqs } = clients(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  async function topicWithQueues(count: number, attributes: Record<string, string> = {}) {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('fan') }));
    const queues = [];
    for (let i = 0; i < count; i++) {
      const queue = await createQueue(sqs, uniqueName('fan-q'));
      const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn, Attributes: attributes }));
      queues.push({ ...queue, subscriptionArn: SubscriptionArn! });
    }
    return { topicArn: TopicArn!, queues };
  }

  it('delivers the signed SNS envelope to every subscribed queue', async () => {
    const { topicArn, queues } = await topicWithQueues(2);
    const published = await sns.send(new PublishCommand({
      TopicArn: topicArn,
      Message: 'train 42 delayed',
      Subject: 'Delay',
      MessageAttributes: {
        line: { DataType: 'String', StringValue: 'red' },
        minutes: { DataType: 'Number', StringValue: '7' },
        blob: { DataType: 'Binary', BinaryValue: Buffer.from([1, 2, 3]) },
      },
    }));
    for (const queue of queues) {
      const [message, ...more] = await receiveAll(sqs, queue.url, 1);
      assert.equal(more.length, 0);
      assert.ok(message, 'a message arrived');
      const envelope = JSON.parse(message.Body!) as Record<string, string> & { MessageAttributes: Record<string, { Type: string; Value: string }> };
      assert.deepEqual(Object.keys(envelope), [
        'Type', 'MessageId', 'TopicArn', 'Subject', 'Message', 'Timestamp', 'SignatureVersion', 'Signature', 'SigningCertURL', 'UnsubscribeURL', 'MessageAttributes',
      ]);
      assert.equal(envelope.Type, 'Notification');
      assert.equal(envelope.MessageId, published.MessageId);
      assert.equal(envelope.TopicArn, topicArn);
      assert.equal(envelope.Subject, 'Delay');
      assert.equal(envelope.Message, 'train 42 delayed');
      assert.match(envelope.Timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.equal(envelope.SignatureVersion, '1');
      assert.ok(envelope.SigningCertURL.startsWith(nimbus.endpoint));
      assert.ok(await signatureVerifies(envelope), 'the signature verifies against the served certificate');
      const unsubscribe = new URL(envelope.UnsubscribeURL);
      assert.equal(unsubscribe.searchParams.get('Action'), 'Unsubscribe');
      assert.equal(unsubscribe.searchParams.get('SubscriptionArn'), queue.subscriptionArn);
      assert.deepEqual(envelope.MessageAttributes, {
        line: { Type: 'String', Value: 'red' },
        minutes: { Type: 'Number', Value: '7' },
        blob: { Type: 'Binary', Value: Buffer.from([1, 2, 3]).toString('base64') },
      });
      assert.equal(message.MessageAttributes, undefined, 'attributes travel inside the envelope only');
    }
  });

  it('signs with SHA256 under SignatureVersion 2 and leaves Subject out when none was given', async () => {
    const { topicArn, queues } = await topicWithQueues(1);
    const { SetTopicAttributesCommand } = await import('@aws-sdk/client-sns');
    await sns.send(new SetTopicAttributesCommand({ TopicArn: topicArn, AttributeName: 'SignatureVersion', AttributeValue: '2' }));
    await sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'v2' }));
    const [message] = await receiveAll(sqs, queues[0]!.url, 1);
    const envelope = JSON.parse(message!.Body!) as Record<string, string>;
    assert.equal(envelope.SignatureVersion, '2');
    assert.equal('Subject' in envelope, false);
    assert.equal('MessageAttributes' in envelope, false);
    assert.ok(await signatureVerifies(envelope));
  });

  it('delivers the raw message and its attributes with RawMessageDelivery', async () => {
    const { topicArn, queues } = await topicWithQueues(1, { RawMessageDelivery: 'true' });
    await sns.send(new PublishCommand({
      TopicArn: topicArn,
      Message: '{"raw":true}',
      MessageAttributes: { line: { DataType: 'String', StringValue: 'blue' }, stops: { DataType: 'String.Array', StringValue: '["a","b"]' } },
    }));
    const [message] = await receiveAll(sqs, queues[0]!.url, 1);
    assert.equal(message!.Body, '{"raw":true}');
    assert.deepEqual(message!.MessageAttributes, {
      line: { DataType: 'String', StringValue: 'blue' },
      stops: { DataType: 'String.Array', StringValue: '["a","b"]' },
    });
    assert.equal(message!.Attributes!.SenderId, 'AIDAIT2UOQQY3AUEKVGXU');
  });

  it('picks the per-protocol message of MessageStructure json, falling back to default', async () => {
    const { topicArn, queues } = await topicWithQueues(2);
    await sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn: queues[1]!.subscriptionArn, AttributeName: 'RawMessageDelivery', AttributeValue: 'true' }));
    await sns.send(new PublishCommand({ TopicArn: topicArn, MessageStructure: 'json', Message: JSON.stringify({ default: 'for all', sqs: 'for queues', email: 'for mail' }) }));
    const [first] = await receiveAll(sqs, queues[0]!.url, 1);
    assert.equal((JSON.parse(first!.Body!) as { Message: string }).Message, 'for queues');
    const [second] = await receiveAll(sqs, queues[1]!.url, 1);
    assert.equal(second!.Body, 'for queues');
    const { TopicArn: other } = await sns.send(new CreateTopicCommand({ Name: uniqueName('fan-default') }));
    const queue = await createQueue(sqs, uniqueName('fan-default-q'));
    await sns.send(new SubscribeCommand({ TopicArn: other, Protocol: 'sqs', Endpoint: queue.arn, Attributes: { RawMessageDelivery: 'true' } }));
    await sns.send(new PublishCommand({ TopicArn: other, MessageStructure: 'json', Message: JSON.stringify({ default: 'fallback', http: 'web' }) }));
    const [third] = await receiveAll(sqs, queue.url, 1);
    assert.equal(third!.Body, 'fallback');
  });

  it('publishes batches with per-entry results and failures', async () => {
    const { topicArn, queues } = await topicWithQueues(1, { RawMessageDelivery: 'true' });
    const result = await sns.send(new PublishBatchCommand({
      TopicArn: topicArn,
      PublishBatchRequestEntries: [
        { Id: 'one', Message: 'first' },
        { Id: 'two', Message: '' },
        { Id: 'three', Message: 'third', MessageAttributes: { n: { DataType: 'Number', StringValue: 'x' } } },
        { Id: 'four', Message: 'fourth' },
      ],
    }));
    assert.deepEqual(result.Successful!.map((entry) => entry.Id), ['one', 'four']);
    assert.deepEqual(result.Failed, [
      { Id: 'two', Code: 'InvalidParameter', Message: 'Invalid parameter: Empty message', SenderFault: true },
      { Id: 'three', Code: 'ParameterValueInvalid', Message: 'Could not cast message attribute \'n\' value to number.', SenderFault: true },
    ]);
    const received = await receiveAll(sqs, queues[0]!.url, 2);
    assert.deepEqual(received.map((message) => message.Body).sort(), ['first', 'fourth']);
  });

  it('sends a message no queue accepts to the subscription dead-letter queue', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('dlq') }));
    const deadLetter = await createQueue(sqs, uniqueName('dlq-q'));
    await sns.send(new SubscribeCommand({
      TopicArn, Protocol: 'sqs', Endpoint: `arn:aws:sqs:us-east-1:000000000000:${uniqueName('missing')}`,
      Attributes: { RawMessageDelivery: 'true', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: deadLetter.arn }) },
    }));
    await sns.send(new PublishCommand({ TopicArn, Message: 'nowhere to go' }));
    const [message] = await receiveAll(sqs, deadLetter.url, 1);
    assert.equal(message!.Body, 'nowhere to go');
  });
});
