import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PutMetricAlarmCommand, PutMetricDataCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { EventBridgeClient, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateFunctionCommand } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { lambdaClient, ROLE, zipOf } from '../lambda/support.js';
import { alignedToMinute, client, eventually, uniqueName } from './support.js';

const AWS_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/;

interface AlarmStateView { value: string; reason: string; reasonData: string; timestamp: string }
interface AlarmDetail {
  alarmName: string;
  state: AlarmStateView;
  previousState: AlarmStateView;
  configuration: { description?: string; metrics: Array<{ id: string; metricStat: { period: number }; returnData: boolean }> };
}
interface LambdaAlarmEvent { source: string; alarmArn: string; accountId: string; time: string; region: string; alarmData: AlarmDetail }
interface AlarmStateChange { 'detail-type': string; source: string; account: string; region: string; resources: string[]; time: string; detail: AlarmDetail }

/** Alarm actions beyond SNS: a Lambda function receives AWS's alarm event, and EventBridge's default bus the state change. */
describe('CloudWatch alarm actions to Lambda and events to EventBridge', () => {
  let nimbus: Nimbus;
  let cw: ReturnType<typeof client>;
  before(async () => {
    nimbus = await startTestNimbus();
    cw = client(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('invokes a Lambda alarm action with the alarm event when the metric crosses the threshold', async () => {
    const functionName = uniqueName('on-alarm');
    const { FunctionArn } = await lambdaClient(nimbus.endpoint).send(new CreateFunctionCommand({
      FunctionName: functionName, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler',
      Code: { ZipFile: zipOf({ 'index.js': 'exports.handler = async (event) => { console.log("ALARM-EVENT " + JSON.stringify(event)); };' }) },
    }));
    const namespace = uniqueName('Shop');
    const alarmName = uniqueName('latency-high');
    await cw.send(new PutMetricAlarmCommand({
      AlarmName: alarmName, AlarmDescription: 'checkout is slow', Namespace: namespace, MetricName: 'Latency',
      Dimensions: [{ Name: 'Service', Value: 'checkout' }], Statistic: 'Maximum', Period: 60, EvaluationPeriods: 1, Threshold: 500,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold', Unit: 'Milliseconds', AlarmActions: [FunctionArn!],
    }));
    const now = await alignedToMinute(nimbus.endpoint);
    await cw.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: [{ MetricName: 'Latency', Dimensions: [{ Name: 'Service', Value: 'checkout' }], Value: 900, Unit: 'Milliseconds', Timestamp: new Date(now) }] }));
    await advanceClock(nimbus.endpoint, 60);

    const logs = new CloudWatchLogsClient(clientConfig(nimbus.endpoint));
    const lines = await eventually(
      async () => (await logs.send(new FilterLogEventsCommand({ logGroupName: `/aws/lambda/${functionName}`, filterPattern: 'ALARM-EVENT' })).catch(() => ({ events: [] }))).events ?? [],
      (events) => events.length > 0, 3000,
    );
    assert.equal(lines.length, 1, 'one state change, one invocation');
    const message = lines[0]!.message!;
    const event = JSON.parse(message.slice(message.indexOf('{'))) as LambdaAlarmEvent;
    assert.equal(event.source, 'aws.cloudwatch');
    assert.equal(event.alarmArn, `arn:aws:cloudwatch:us-east-1:000000000000:alarm:${alarmName}`);
    assert.equal(event.accountId, '000000000000');
    assert.equal(event.region, 'us-east-1');
    assert.match(event.time, AWS_TIME);
    const data = event.alarmData;
    assert.equal(data.alarmName, alarmName);
    assert.equal(data.state.value, 'ALARM');
    assert.match(data.state.reason, /^Threshold Crossed: 1 datapoint \[900\.0 \(\d\d\/\d\d\/\d\d \d\d:\d\d:00\)\] was greater than or equal to the threshold \(500\.0\)\.$/);
    const reasonData = JSON.parse(data.state.reasonData) as Record<string, unknown>;
    assert.deepEqual([reasonData.version, reasonData.statistic, reasonData.period, reasonData.recentDatapoints, reasonData.threshold], ['1.0', 'Maximum', 60, [900], 500]);
    assert.match(data.state.timestamp, AWS_TIME);
    assert.equal(data.previousState.value, 'INSUFFICIENT_DATA');
    assert.equal(data.previousState.reason, 'Unchecked: Initial alarm creation');
    assert.equal(data.configuration.description, 'checkout is slow');
    assert.equal(data.configuration.metrics.length, 1);
    const metric = data.configuration.metrics[0]!;
    assert.deepEqual(metric.metricStat, { metric: { namespace, name: 'Latency', dimensions: { Service: 'checkout' } }, period: 60, stat: 'Maximum', unit: 'Milliseconds' });
    assert.equal(metric.returnData, true);
    assert.equal(typeof metric.id, 'string');
  });

  it('sends a "CloudWatch Alarm State Change" event to the default bus, which a rule routes to SQS', async () => {
    const sqs = new SQSClient(clientConfig(nimbus.endpoint));
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: uniqueName('alarm-events') }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
    const alarmName = uniqueName('set-by-hand');
    const events = new EventBridgeClient(clientConfig(nimbus.endpoint));
    const rule = uniqueName('alarm-changes');
    await events.send(new PutRuleCommand({
      Name: rule, EventPattern: JSON.stringify({ source: ['aws.cloudwatch'], 'detail-type': ['CloudWatch Alarm State Change'], detail: { alarmName: [alarmName] } }),
    }));
    await events.send(new PutTargetsCommand({ Rule: rule, Targets: [{ Id: 'queue', Arn: Attributes!.QueueArn! }] }));
    await cw.send(new PutMetricAlarmCommand({
      AlarmName: alarmName, Namespace: uniqueName('Ops'), MetricName: 'Depth', Statistic: 'Average', Period: 300, EvaluationPeriods: 2,
      DatapointsToAlarm: 1, Threshold: 10, ComparisonOperator: 'GreaterThanThreshold',
    }));
    await cw.send(new SetAlarmStateCommand({ AlarmName: alarmName, StateValue: 'ALARM', StateReason: 'testing the event' }));

    const messages = await eventually(
      async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }))).Messages ?? [],
      (received) => received.length > 0, 3000,
    );
    assert.equal(messages.length, 1);
    const event = JSON.parse(messages[0]!.Body!) as AlarmStateChange;
    assert.equal(event['detail-type'], 'CloudWatch Alarm State Change');
    assert.equal(event.source, 'aws.cloudwatch');
    assert.equal(event.account, '000000000000');
    assert.equal(event.region, 'us-east-1');
    assert.deepEqual(event.resources, [`arn:aws:cloudwatch:us-east-1:000000000000:alarm:${alarmName}`]);
    assert.match(event.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(event.detail.alarmName, alarmName);
    assert.deepEqual([event.detail.state.value, event.detail.state.reason], ['ALARM', 'testing the event']);
    assert.equal(event.detail.previousState.value, 'INSUFFICIENT_DATA');
    assert.equal(event.detail.configuration.metrics[0]!.metricStat.period, 300);
  });
});
