import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DescribeAlarmsCommand, GetMetricDataCommand, GetMetricStatisticsCommand, PutMetricAlarmCommand, type Datapoint, type Dimension } from '@aws-sdk/client-cloudwatch';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand, DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient,
} from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { client, eventually, nimbusNow, uniqueName } from './support.js';

const MINUTE = 60_000;

describe('AWS/SQS metrics', () => {
  let nimbus: Nimbus;
  let cw: ReturnType<typeof client>;
  let sqs: SQSClient;
  before(async () => {
    nimbus = await startTestNimbus();
    cw = client(nimbus.endpoint);
    sqs = new SQSClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  const statistics = async (metricName: string, dimensions: Dimension[], statistic: 'Sum' | 'Maximum' = 'Sum'): Promise<Datapoint[]> => {
    const now = await nimbusNow(nimbus.endpoint);
    const answer = await cw.send(new GetMetricStatisticsCommand({
      Namespace: 'AWS/SQS', MetricName: metricName, Dimensions: dimensions, Statistics: [statistic, 'SampleCount'], Period: 60,
      StartTime: new Date(now - 30 * MINUTE), EndTime: new Date(now + 5 * MINUTE),
    }));
    return answer.Datapoints ?? [];
  };
  const total = (points: Datapoint[]) => points.reduce((sum, point) => sum + (point.Sum ?? 0), 0);

  it('counts sends, receives, empty receives and deletes per minute, and samples the queue gauges', async () => {
    const name = uniqueName('metered');
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: { VisibilityTimeout: '600' } }));
    for (const body of ['one', 'two', 'three']) await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: body }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'later', DelaySeconds: 900 }));
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 2 }));
    assert.equal(first.Messages?.length, 2);
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: first.Messages![0]!.ReceiptHandle! }));
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }))).Messages?.length, 1);
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages, undefined);

    await advanceClock(nimbus.endpoint, 60);
    const queue = [{ Name: 'QueueName', Value: name }];
    const sent = await eventually(() => statistics('NumberOfMessagesSent', queue), (points) => total(points) === 4);
    assert.equal(total(sent), 4);
    assert.equal(sent.reduce((sum, point) => sum + point.SampleCount!, 0), 4);
    assert.equal(sent[0]!.Unit, 'Count');
    assert.equal(total(await statistics('NumberOfMessagesReceived', queue)), 3);
    assert.equal(total(await statistics('NumberOfEmptyReceives', queue)), 1);
    assert.equal(total(await statistics('NumberOfMessagesDeleted', queue)), 1);
    assert.equal(total(await statistics('SentMessageSize', queue)), 'onetwothreelater'.length);

    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
    const now = await nimbusNow(nimbus.endpoint);
    const gauges = ['ApproximateNumberOfMessagesVisible', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'];
    const latest = await eventually(async () => {
      const answer = await cw.send(new GetMetricDataCommand({
        StartTime: new Date(now - 30 * MINUTE), EndTime: new Date(now + 5 * MINUTE),
        MetricDataQueries: gauges.map((metricName, i) => ({
          Id: `g${i}`, MetricStat: { Metric: { Namespace: 'AWS/SQS', MetricName: metricName, Dimensions: queue }, Period: 60, Stat: 'Maximum' },
        })),
      }));
      return answer.MetricDataResults!.map((result) => ({ at: result.Timestamps?.[0]?.getTime(), value: result.Values?.[0] }));
    }, (results) => results.every((result) => result.at === Math.floor(now / MINUTE) * MINUTE));
    assert.deepEqual(latest.map((result) => result.value), [
      Number(Attributes!.ApproximateNumberOfMessages), Number(Attributes!.ApproximateNumberOfMessagesNotVisible), Number(Attributes!.ApproximateNumberOfMessagesDelayed),
    ]);
    assert.deepEqual(latest.map((result) => result.value), [0, 2, 1]);
  });

  it('keeps the current minute\'s counts across a graceful restart of a persistent Nimbus', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'nimbus-metrics-'));
    try {
      const first = await startTestNimbus({ ephemeral: false, dataDir });
      const name = uniqueName('restarted');
      const client1 = new SQSClient(clientConfig(first.endpoint));
      const { QueueUrl } = await client1.send(new CreateQueueCommand({ QueueName: name }));
      await client1.send(new SendMessageCommand({ QueueUrl, MessageBody: 'before' }));
      await client1.send(new SendMessageCommand({ QueueUrl, MessageBody: 'stop' }));
      await first.stop();
      const second = await startTestNimbus({ ephemeral: false, dataDir });
      try {
        const cw2 = client(second.endpoint);
        const now = await nimbusNow(second.endpoint);
        const sent = await eventually(async () => (await cw2.send(new GetMetricStatisticsCommand({
          Namespace: 'AWS/SQS', MetricName: 'NumberOfMessagesSent', Dimensions: [{ Name: 'QueueName', Value: name }], Statistics: ['Sum'], Period: 60,
          StartTime: new Date(now - 30 * MINUTE), EndTime: new Date(now + 5 * MINUTE),
        }))).Datapoints ?? [], (points) => total(points) === 2);
        assert.equal(total(sent), 2);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('drives an alarm on ApproximateNumberOfMessagesVisible to ALARM, whose SNS action reaches an SQS queue', async () => {
    const sns = new SNSClient(clientConfig(nimbus.endpoint));
    const backlog = uniqueName('backlog');
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: backlog }));
    const { QueueUrl: inbox } = await sqs.send(new CreateQueueCommand({ QueueName: uniqueName('alarm-inbox') }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: inbox, AttributeNames: ['QueueArn'] }));
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('backlog-alarms') }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: Attributes!.QueueArn, Attributes: { RawMessageDelivery: 'true' } }));
    const alarmName = uniqueName('backlog-high');
    const dimensions = [{ Name: 'QueueName', Value: backlog }];
    await cw.send(new PutMetricAlarmCommand({
      AlarmName: alarmName, Namespace: 'AWS/SQS', MetricName: 'ApproximateNumberOfMessagesVisible', Dimensions: dimensions, Statistic: 'Maximum',
      Period: 60, EvaluationPeriods: 1, Threshold: 5, ComparisonOperator: 'GreaterThanThreshold', AlarmActions: [TopicArn!],
    }));

    for (let i = 0; i < 8; i++) await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `job ${i}` }));
    await advanceClock(nimbus.endpoint, 60);
    await eventually(() => statistics('ApproximateNumberOfMessagesVisible', dimensions, 'Maximum'), (points) => points.some((point) => point.Maximum === 8));
    await advanceClock(nimbus.endpoint, 60);
    const alarm = await eventually(
      async () => (await cw.send(new DescribeAlarmsCommand({ AlarmNames: [alarmName] }))).MetricAlarms![0]!,
      (described) => described.StateValue === 'ALARM',
    );
    assert.equal(alarm.StateValue, 'ALARM');
    assert.match(alarm.StateReason!, /^Threshold Crossed: 1 datapoint \[8\.0 \(.+\)\] was greater than the threshold \(5\.0\)\.$/);

    const delivered = await eventually(
      async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl: inbox, MaxNumberOfMessages: 10 }))).Messages ?? [],
      (messages) => messages.length > 0,
    );
    const notification = JSON.parse(delivered[0]!.Body!) as { AlarmName: string; NewStateValue: string; Trigger: { Namespace: string; MetricName: string; Dimensions: Array<{ name: string; value: string }> } };
    assert.equal(notification.AlarmName, alarmName);
    assert.equal(notification.NewStateValue, 'ALARM');
    assert.equal(notification.Trigger.Namespace, 'AWS/SQS');
    assert.equal(notification.Trigger.MetricName, 'ApproximateNumberOfMessagesVisible');
    assert.deepEqual(notification.Trigger.Dimensions, [{ name: 'QueueName', value: backlog }]);
  });
});
