import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as sns from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { DeleteFunctionCommand } from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { forwardingFunction } from '../events/support.js';
import { lambdaClient } from '../lambda/support.js';
import { clients, createQueue, receiveAll, signatureVerifies, uniqueName } from './support.js';

interface SnsRecord {
  EventSource: string;
  EventVersion: string;
  EventSubscriptionArn: string;
  Sns: Record<string, unknown> & { MessageAttributes: Record<string, { Type: string; Value: string }> };
}

describe('SNS to Lambda subscribers', () => {
  let nimbus: Nimbus;
  let c: ReturnType<typeof clients>;
  let topicArn: string;
  let subscriptionArn: string;
  let inbox: { url: string; arn: string };

  /** The events the function was invoked with, as it forwarded them. */
  async function invocations(sqs: SQSClient, count: number): Promise<Array<{ Records: SnsRecord[] }>> {
    const messages = await receiveAll(sqs, inbox.url, count, 20);
    return messages.map((message) => JSON.parse(message.Body!) as { Records: SnsRecord[] });
  }

  before(async () => {
    nimbus = await startTestNimbus();
    c = clients(nimbus.endpoint);
    inbox = await createQueue(c.sqs, uniqueName('invocations'));
    const functionArn = await forwardingFunction(nimbus.endpoint, inbox.url);
    topicArn = (await c.sns.send(new sns.CreateTopicCommand({ Name: uniqueName('to-lambda') }))).TopicArn!;
    subscriptionArn = (await c.sns.send(new sns.SubscribeCommand({ TopicArn: topicArn, Protocol: 'lambda', Endpoint: functionArn }))).SubscriptionArn!;
  });
  after(() => nimbus.stop());

  it('confirms a Lambda subscription at once', async () => {
    assert.match(subscriptionArn, new RegExp(`^${topicArn}:[0-9a-f-]{36}$`));
    const { Attributes } = await c.sns.send(new sns.GetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn }));
    assert.equal(Attributes!.PendingConfirmation, 'false');
    assert.equal(Attributes!.Protocol, 'lambda');
  });

  it('invokes the function with the SNS event record, signed', async () => {
    const published = await c.sns.send(new sns.PublishCommand({
      TopicArn: topicArn, Subject: 'Greetings', Message: 'Hello\r\nworld!',
      MessageAttributes: { color: { DataType: 'String', StringValue: 'blue' }, size: { DataType: 'Number', StringValue: '42' } },
    }));
    const [event] = await invocations(c.sqs, 1);
    assert.equal(event!.Records.length, 1);
    const record = event!.Records[0]!;
    assert.deepEqual(Object.keys(record).sort(), ['EventSource', 'EventSubscriptionArn', 'EventVersion', 'Sns']);
    assert.equal(record.EventSource, 'aws:sns');
    assert.equal(record.EventVersion, '1.0');
    assert.equal(record.EventSubscriptionArn, subscriptionArn);
    const { Sns } = record;
    assert.deepEqual(Object.keys(Sns).sort(), [
      'Message', 'MessageAttributes', 'MessageId', 'Signature', 'SignatureVersion', 'SigningCertUrl', 'Subject', 'Timestamp', 'TopicArn', 'Type', 'UnsubscribeUrl',
    ]);
    assert.equal(Sns.Type, 'Notification');
    assert.equal(Sns.MessageId, published.MessageId);
    assert.equal(Sns.TopicArn, topicArn);
    assert.equal(Sns.Subject, 'Greetings');
    assert.equal(Sns.Message, 'Hello\r\nworld!');
    assert.match(String(Sns.Timestamp), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(Sns.SignatureVersion, '1');
    assert.deepEqual(Sns.MessageAttributes, { color: { Type: 'String', Value: 'blue' }, size: { Type: 'Number', Value: '42' } });
    const asEnvelope = { ...Sns, SigningCertURL: Sns.SigningCertUrl } as unknown as Record<string, string>;
    assert.equal(await signatureVerifies(asEnvelope), true);
  });

  it('gives Subject null and empty MessageAttributes when the message had none', async () => {
    await c.sns.send(new sns.PublishCommand({ TopicArn: topicArn, Message: 'plain' }));
    const [event] = await invocations(c.sqs, 1);
    const { Sns } = event!.Records[0]!;
    assert.equal(Sns.Subject, null);
    assert.deepEqual(Sns.MessageAttributes, {});
    assert.equal(await signatureVerifies({ ...Sns, Subject: undefined, SigningCertURL: Sns.SigningCertUrl } as unknown as Record<string, string>), true);
  });

  it('applies the filter policy and picks the lambda message of MessageStructure json', async () => {
    await c.sns.send(new sns.SetSubscriptionAttributesCommand({
      SubscriptionArn: subscriptionArn, AttributeName: 'FilterPolicy', AttributeValue: JSON.stringify({ color: ['red'] }),
    }));
    try {
      await c.sns.send(new sns.PublishCommand({ TopicArn: topicArn, Message: 'blue one', MessageAttributes: { color: { DataType: 'String', StringValue: 'blue' } } }));
      await c.sns.send(new sns.PublishCommand({
        TopicArn: topicArn, MessageStructure: 'json', Message: JSON.stringify({ default: 'for everyone', sqs: 'for queues', lambda: 'for functions' }),
        MessageAttributes: { color: { DataType: 'String', StringValue: 'red' } },
      }));
      const events = await invocations(c.sqs, 1);
      assert.deepEqual(events.map((event) => event.Records[0]!.Sns.Message), ['for functions']);
      assert.deepEqual(await receiveAll(c.sqs, inbox.url, 1, 2), [], 'the blue message was filtered out');
    } finally {
      await c.sns.send(new sns.SetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn, AttributeName: 'FilterPolicy', AttributeValue: '' }));
    }
  });

  it('invokes the function once per PublishBatch entry', async () => {
    const { Successful } = await c.sns.send(new sns.PublishBatchCommand({
      TopicArn: topicArn,
      PublishBatchRequestEntries: [{ Id: 'a', Message: 'first' }, { Id: 'b', Message: 'second', Subject: 'Two' }],
    }));
    const events = await invocations(c.sqs, 2);
    const byId = new Map(events.map((event) => [event.Records[0]!.Sns.MessageId, event.Records[0]!.Sns]));
    assert.deepEqual(Successful!.map((entry) => byId.get(entry.MessageId!)?.Message), ['first', 'second']);
    assert.equal(byId.get(Successful![1]!.MessageId!)!.Subject, 'Two');
  });

  it('sends the message for a function that no longer exists to the subscription dead-letter queue', async () => {
    const dlq = await createQueue(c.sqs, uniqueName('lambda-dlq'));
    const gone = await forwardingFunction(nimbus.endpoint, inbox.url);
    const topic = (await c.sns.send(new sns.CreateTopicCommand({ Name: uniqueName('to-gone') }))).TopicArn!;
    const { SubscriptionArn } = await c.sns.send(new sns.SubscribeCommand({
      TopicArn: topic, Protocol: 'lambda', Endpoint: gone, Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn }) },
    }));
    await lambdaClient(nimbus.endpoint).send(new DeleteFunctionCommand({ FunctionName: gone }));
    const { MessageId } = await c.sns.send(new sns.PublishCommand({ TopicArn: topic, Message: 'nobody home' }));
    const [dead] = await receiveAll(c.sqs, dlq.url, 1, 20);
    const envelope = JSON.parse(dead!.Body!) as Record<string, string>;
    assert.equal(envelope.Type, 'Notification');
    assert.equal(envelope.MessageId, MessageId);
    assert.equal(envelope.Message, 'nobody home');
    assert.match(envelope.UnsubscribeURL!, new RegExp(encodeURIComponent(SubscriptionArn!)));
    assert.equal(await signatureVerifies(envelope), true);
  });

  it('stops invoking once the UnsubscribeUrl was visited', async () => {
    await c.sns.send(new sns.PublishCommand({ TopicArn: topicArn, Message: 'last' }));
    const [event] = await invocations(c.sqs, 1);
    const response = await fetch(String(event!.Records[0]!.Sns.UnsubscribeUrl));
    assert.equal(response.status, 200);
    const { Subscriptions } = await c.sns.send(new sns.ListSubscriptionsByTopicCommand({ TopicArn: topicArn }));
    assert.deepEqual(Subscriptions, []);
  });
});
