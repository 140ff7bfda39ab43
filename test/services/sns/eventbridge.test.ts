import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EventBridgeClient, PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { clients, createQueue, receiveAll, uniqueName } from './support.js';

describe('SNS as an EventBridge target', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('publishes the event EventBridge routes to a topic, and fans it out', async () => {
    const { sns, sqs } = clients(nimbus.endpoint);
    const events = new EventBridgeClient(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('eb') }));
    const queue = await createQueue(sqs, uniqueName('eb-q'));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: queue.arn, Attributes: { RawMessageDelivery: 'true' } }));
    const rule = uniqueName('to-sns');
    await events.send(new PutRuleCommand({ Name: rule, EventPattern: JSON.stringify({ source: ['metro.rail'] }) }));
    await events.send(new PutTargetsCommand({ Rule: rule, Targets: [{ Id: 'topic', Arn: TopicArn }] }));
    await events.send(new PutEventsCommand({ Entries: [{ Source: 'metro.rail', DetailType: 'Delay', Detail: JSON.stringify({ train: 42 }) }] }));
    const [message] = await receiveAll(sqs, queue.url, 1);
    const event = JSON.parse(message!.Body!) as { source: string; detail: { train: number } };
    assert.equal(event.source, 'metro.rail');
    assert.deepEqual(event.detail, { train: 42 });
  });
});
