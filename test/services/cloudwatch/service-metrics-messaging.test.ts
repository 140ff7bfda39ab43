import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateEventBusCommand, EventBridgeClient, PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateStreamCommand, KinesisClient, PutRecordCommand, PutRecordsCommand } from '@aws-sdk/client-kinesis';
import { CreateTopicCommand, PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { totals, totalsOnceCounted } from './service-metrics-support.js';
import { client, uniqueName } from './support.js';

describe('AWS/SNS, AWS/Kinesis and AWS/Events metrics', () => {
  let nimbus: Nimbus;
  let cw: ReturnType<typeof client>;
  before(async () => {
    nimbus = await startTestNimbus();
    cw = client(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('counts messages published to a topic and their size by TopicName', async () => {
    const sns = new SNSClient(clientConfig(nimbus.endpoint));
    const name = uniqueName('metered-topic');
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: name }));
    for (const message of ['hello', 'world!']) await sns.send(new PublishCommand({ TopicArn, Message: message }));

    await advanceClock(nimbus.endpoint, 60);
    const topic = [{ Name: 'TopicName', Value: name }];
    const published = await totalsOnceCounted(cw, nimbus.endpoint, 'AWS/SNS', 'NumberOfMessagesPublished', topic, 2);
    assert.deepEqual([published.sum, published.unit], [2, 'Count']);
    const size = await totals(cw, nimbus.endpoint, 'AWS/SNS', 'PublishSize', topic);
    assert.deepEqual([size.sum, size.maximum, size.unit], [11, 6, 'Bytes']);
  });

  it('counts records and bytes put to a stream by StreamName', async () => {
    const kinesis = new KinesisClient(clientConfig(nimbus.endpoint));
    const name = uniqueName('metered-stream');
    await kinesis.send(new CreateStreamCommand({ StreamName: name, ShardCount: 1 }));
    await advanceClock(nimbus.endpoint, 1);
    const data = (text: string) => new TextEncoder().encode(text);
    await kinesis.send(new PutRecordCommand({ StreamName: name, PartitionKey: 'a', Data: data('one') }));
    await kinesis.send(new PutRecordsCommand({ StreamName: name, Records: [{ PartitionKey: 'b', Data: data('two') }, { PartitionKey: 'c', Data: data('three') }] }));

    await advanceClock(nimbus.endpoint, 60);
    const stream = [{ Name: 'StreamName', Value: name }];
    const incoming = await totalsOnceCounted(cw, nimbus.endpoint, 'AWS/Kinesis', 'IncomingRecords', stream, 2);
    assert.equal(incoming.sum, 3);
    assert.deepEqual([(await totals(cw, nimbus.endpoint, 'AWS/Kinesis', 'IncomingBytes', stream)).sum], ['aone'.length + 'btwo'.length + 'cthree'.length]);
    assert.equal((await totals(cw, nimbus.endpoint, 'AWS/Kinesis', 'PutRecord.Success', stream)).sum, 1);
    assert.equal((await totals(cw, nimbus.endpoint, 'AWS/Kinesis', 'PutRecords.SuccessfulRecords', stream)).sum, 2);
  });

  it('counts triggered rules and target invocations by RuleName, and by EventBusName and RuleName on a custom bus', async () => {
    const events = new EventBridgeClient(clientConfig(nimbus.endpoint));
    const sqs = new SQSClient(clientConfig(nimbus.endpoint));
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: uniqueName('rule-target') }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
    const bus = uniqueName('orders-bus');
    await events.send(new CreateEventBusCommand({ Name: bus }));
    const defaultRule = uniqueName('on-default');
    const busRule = uniqueName('on-orders');
    const pattern = JSON.stringify({ source: ['shop'] });
    await events.send(new PutRuleCommand({ Name: defaultRule, EventPattern: pattern }));
    await events.send(new PutRuleCommand({ Name: busRule, EventBusName: bus, EventPattern: pattern }));
    await events.send(new PutTargetsCommand({ Rule: defaultRule, Targets: [{ Id: 'queue', Arn: Attributes!.QueueArn }] }));
    await events.send(new PutTargetsCommand({ Rule: busRule, EventBusName: bus, Targets: [{ Id: 'a', Arn: Attributes!.QueueArn }, { Id: 'b', Arn: Attributes!.QueueArn }] }));
    const entry = { Source: 'shop', DetailType: 'order', Detail: '{}' };
    await events.send(new PutEventsCommand({ Entries: [entry, entry, { ...entry, Source: 'elsewhere' }] }));
    await events.send(new PutEventsCommand({ Entries: [{ ...entry, EventBusName: bus }] }));

    await advanceClock(nimbus.endpoint, 60);
    const onDefault = [{ Name: 'RuleName', Value: defaultRule }];
    const onBus = [{ Name: 'EventBusName', Value: bus }, { Name: 'RuleName', Value: busRule }];
    assert.equal((await totalsOnceCounted(cw, nimbus.endpoint, 'AWS/Events', 'TriggeredRules', onDefault, 2)).sum, 2);
    assert.equal((await totals(cw, nimbus.endpoint, 'AWS/Events', 'Invocations', onDefault)).sum, 2);
    assert.equal((await totalsOnceCounted(cw, nimbus.endpoint, 'AWS/Events', 'TriggeredRules', onBus, 1)).sum, 1);
    assert.equal((await totals(cw, nimbus.endpoint, 'AWS/Events', 'Invocations', onBus)).sum, 2);
    assert.equal((await totals(cw, nimbus.endpoint, 'AWS/Events', 'Invocations', [])).sum, 4);
  });
});
