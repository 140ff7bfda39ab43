import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import {
  CreateTopicCommand, DeleteTopicCommand, GetSubscriptionAttributesCommand, GetTopicAttributesCommand, ListSubscriptionsCommand, ListTagsForResourceCommand,
  ListTopicsCommand, PublishCommand, SetSubscriptionAttributesCommand, SetTopicAttributesCommand, SubscribeCommand, TagResourceCommand, UntagResourceCommand,
  type SNSClient,
} from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { clients, createQueue, failure, receiveAll, uniqueName } from './support.js';

const run = promisify(execFile);

describe('SNS topics, subscriptions and errors', () => {
  let nimbus: Nimbus;
  let sns: SNSClient;
  let sqs: SQSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    ({ sns, sqs } = clients(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  it('creates topics idempotently, lists, reports and sets attributes, deletes', async () => {
    const name = uniqueName('topic');
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: name, Attributes: { DisplayName: 'Ops' } }));
    assert.equal(TopicArn, `arn:aws:sns:us-east-1:000000000000:${name}`);
    assert.equal((await sns.send(new CreateTopicCommand({ Name: name, Attributes: { DisplayName: 'Ops' } }))).TopicArn, TopicArn);
    const differing = await failure(sns.send(new CreateTopicCommand({ Name: name, Attributes: { DisplayName: 'Other' } })));
    assert.deepEqual(differing, { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: Attributes Reason: Topic already exists with different attributes' });
    const listed = await sns.send(new ListTopicsCommand({}));
    assert.ok(listed.Topics!.some((topic) => topic.TopicArn === TopicArn));

    await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'SQSSuccessFeedbackRoleArn', AttributeValue: 'arn:aws:iam::000000000000:role/feedback' }));
    const queue = await createQueue(sqs, uniqueName('topic-q'));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: 'a@example.com' }));
    const attributes = (await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes!;
    assert.equal(attributes.TopicArn, TopicArn);
    assert.equal(attributes.Owner, '000000000000');
    assert.equal(attributes.DisplayName, 'Ops');
    assert.equal(attributes.SQSSuccessFeedbackRoleArn, 'arn:aws:iam::000000000000:role/feedback');
    assert.equal(attributes.SubscriptionsConfirmed, '1');
    assert.equal(attributes.SubscriptionsPending, '1');
    assert.equal((JSON.parse(attributes.Policy!) as { Statement: Array<{ Resource: string }> }).Statement[0]!.Resource, TopicArn);
    assert.ok(JSON.parse(attributes.EffectiveDeliveryPolicy!));
    const unknown = await failure(sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'Colour', AttributeValue: 'red' })));
    assert.deepEqual(unknown, { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: AttributeName' });

    await sns.send(new DeleteTopicCommand({ TopicArn }));
    const gone = await failure(sns.send(new GetTopicAttributesCommand({ TopicArn })));
    assert.deepEqual(gone, { name: 'NotFoundException', status: 404, message: 'Topic does not exist' });
    const subscriptions = await sns.send(new ListSubscriptionsCommand({}));
    assert.ok(!subscriptions.Subscriptions!.some((subscription) => subscription.TopicArn === TopicArn), 'deleting a topic deletes its subscriptions');
    await sns.send(new DeleteTopicCommand({ TopicArn }));
  });

  it('answers NotFound and InvalidParameter with SNS\'s messages', async () => {
    const missing = 'arn:aws:sns:us-east-1:000000000000:no-such-topic';
    assert.deepEqual(await failure(sns.send(new PublishCommand({ TopicArn: missing, Message: 'x' }))), { name: 'NotFoundException', status: 404, message: 'Topic does not exist' });
    assert.deepEqual(await failure(sns.send(new SubscribeCommand({ TopicArn: missing, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q' }))),
      { name: 'NotFoundException', status: 404, message: 'Topic does not exist' });
    assert.deepEqual(await failure(sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: `${missing}:6b0e71bd-7e97-4d97-80ce-4a0994e55286` }))),
      { name: 'NotFoundException', status: 404, message: 'Subscription does not exist' });
    assert.deepEqual(await failure(sns.send(new CreateTopicCommand({ Name: 'bad name!' }))), { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: Topic Name' });
    assert.deepEqual(await failure(sns.send(new GetTopicAttributesCommand({ TopicArn: 'not-an-arn' }))), { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: TopicArn' });

    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('errors') }));
    assert.deepEqual(await failure(sns.send(new SubscribeCommand({ TopicArn, Protocol: 'carrier-pigeon', Endpoint: 'coop' }))),
      { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: Amazon SNS does not support this protocol string: carrier-pigeon' });
    assert.deepEqual(await failure(sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: 'https://example.com' }))),
      { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: SQS endpoint ARN' });
    assert.deepEqual(await failure(sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: 'a@example.com', Attributes: { RawMessageDelivery: 'true' } }))),
      { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: Attributes Reason: Delivery protocol [email] does not support raw message delivery.' });
    const badPolicy = await failure(sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q', Attributes: { FilterPolicy: '{"a": [{"prefi": "x"}]}' } })));
    assert.equal(badPolicy.name, 'InvalidParameterException');
    assert.match(badPolicy.message, /^Invalid parameter: FilterPolicy: /);
    assert.deepEqual(await failure(sns.send(new PublishCommand({ TopicArn, Message: '' }))), { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: Empty message' });
    assert.deepEqual(await failure(sns.send(new PublishCommand({ TopicArn, Message: 'x'.repeat(262145) }))), { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: Message too long' });
    await sns.send(new PublishCommand({ TopicArn, Message: 'x'.repeat(262144) }));
    assert.deepEqual(await failure(sns.send(new PublishCommand({ TopicArn, Message: '{"sqs": "x"}', MessageStructure: 'json' }))),
      { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: Message Structure - No default entry in JSON message body' });
    assert.deepEqual(await failure(sns.send(new PublishCommand({ TopicArn, Message: 'not json', MessageStructure: 'json' }))),
      { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: Message Structure - JSON message body failed to parse' });
    assert.deepEqual(await failure(sns.send(new PublishCommand({ TopicArn, Message: 'x', MessageDeduplicationId: 'd' }))),
      { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type' });
    assert.deepEqual(await failure(sns.send(new PublishCommand({ TopicArn, Message: 'x', Subject: 'line\nbreak' }))), { name: 'InvalidParameterException', status: 400, message: 'Invalid parameter: Subject' });
  });

  it('filters deliveries on message attributes and on the message body', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('filtered') }));
    const byAttributes = await createQueue(sqs, uniqueName('filter-attr'));
    const byBody = await createQueue(sqs, uniqueName('filter-body'));
    const { SubscriptionArn } = await sns.send(new SubscribeCommand({
      TopicArn, Protocol: 'sqs', Endpoint: byAttributes.arn,
      Attributes: { RawMessageDelivery: 'true', FilterPolicy: JSON.stringify({ line: ['red', { prefix: 'gre' }], delay: [{ numeric: ['>=', 5] }] }) },
    }));
    await sns.send(new SubscribeCommand({
      TopicArn, Protocol: 'sqs', Endpoint: byBody.arn,
      Attributes: { RawMessageDelivery: 'true', FilterPolicyScope: 'MessageBody', FilterPolicy: JSON.stringify({ train: { status: [{ 'anything-but': 'on-time' }] } }) },
    }));
    const publish = (message: string, line?: string, delay?: string) => sns.send(new PublishCommand({
      TopicArn, Message: message,
      MessageAttributes: {
        ...(line ? { line: { DataType: 'String', StringValue: line } } : {}),
        ...(delay ? { delay: { DataType: 'Number', StringValue: delay } } : {}),
      },
    }));
    await publish('red late', 'red', '7');
    await publish('green late', 'green', '10');
    await publish('red early', 'red', '2');
    await publish('blue late', 'blue', '9');
    await publish('{"train": {"status": "late"}}');
    await publish('{"train": {"status": "on-time"}}');
    const attributes = await receiveAll(sqs, byAttributes.url, 2);
    assert.deepEqual(attributes.map((message) => message.Body).sort(), ['green late', 'red late']);
    const body = await receiveAll(sqs, byBody.url, 1);
    assert.deepEqual(body.map((message) => message.Body), ['{"train": {"status": "late"}}']);
    const reported = (await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }))).Attributes!;
    assert.equal(reported.FilterPolicyScope, 'MessageAttributes');
    assert.equal(reported.RawMessageDelivery, 'true');
    await sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn, AttributeName: 'FilterPolicy', AttributeValue: '' }));
    assert.equal((await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }))).Attributes!.FilterPolicy, undefined);
  });

  it('tags topics', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('tags'), Tags: [{ Key: 'team', Value: 'ops' }] }));
    await sns.send(new TagResourceCommand({ ResourceArn: TopicArn, Tags: [{ Key: 'env', Value: 'test' }] }));
    await sns.send(new UntagResourceCommand({ ResourceArn: TopicArn, TagKeys: ['team'] }));
    assert.deepEqual((await sns.send(new ListTagsForResourceCommand({ ResourceArn: TopicArn }))).Tags, [{ Key: 'env', Value: 'test' }]);
    const missing = await failure(sns.send(new ListTagsForResourceCommand({ ResourceArn: 'arn:aws:sns:us-east-1:000000000000:nope' })));
    assert.deepEqual(missing, { name: 'ResourceNotFoundException', status: 404, message: 'Resource does not exist' });
  });

  it('works through the AWS CLI: create-topic, subscribe, publish', async () => {
    const aws = async (...args: string[]) => {
      const { stdout } = await run('aws', ['--output', 'json', 'sns', ...args], { env: cliEnv(nimbus.endpoint) });
      return stdout.trim() ? JSON.parse(stdout) as Record<string, string> : {};
    };
    const { TopicArn } = await aws('create-topic', '--name', uniqueName('cli'));
    const queue = await createQueue(sqs, uniqueName('cli-q'));
    const { SubscriptionArn } = await aws('subscribe', '--topic-arn', TopicArn!, '--protocol', 'sqs', '--notification-endpoint', queue.arn,
      '--attributes', 'RawMessageDelivery=true');
    assert.ok(SubscriptionArn!.startsWith(TopicArn!));
    const { MessageId } = await aws('publish', '--topic-arn', TopicArn!, '--message', 'from the cli');
    assert.ok(MessageId);
    const [message] = await receiveAll(sqs, queue.url, 1);
    assert.equal(message!.Body, 'from the cli');
  });
});
