import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DeleteAlarmsCommand, DescribeAlarmHistoryCommand, DescribeAlarmsCommand, DescribeAlarmsForMetricCommand, DisableAlarmActionsCommand,
  PutCompositeAlarmCommand, PutMetricAlarmCommand, PutMetricDataCommand, SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { PROTOCOLS, alignedToMinute, client, eventually, failure, uniqueName } from './support.js';

for (const { protocol, extra } of PROTOCOLS) {
  describe(`CloudWatch alarms (${protocol})`, () => {
    let nimbus: Nimbus;
    let cw: ReturnType<typeof client>;
    before(async () => {
      nimbus = await startTestNimbus();
      cw = client(nimbus.endpoint, extra);
    });
    after(() => nimbus.stop());

    const alarmOf = async (name: string) => (await cw.send(new DescribeAlarmsCommand({ AlarmNames: [name], AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] })));
    const stateOf = async (name: string) => {
      const answer = await alarmOf(name);
      return (answer.MetricAlarms![0] ?? answer.CompositeAlarms![0])!;
    };
    const waitFor = (name: string, state: string) => eventually(() => stateOf(name), (a) => a.StateValue === state);

    it('goes OK -> ALARM -> OK as data arrives and the clock moves, notifying SNS -> SQS', async () => {
      const sqs = new SQSClient(clientConfig(nimbus.endpoint));
      const sns = new SNSClient(clientConfig(nimbus.endpoint));
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: uniqueName('alarms') }));
      const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
      const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: uniqueName('alarm-topic') }));
      await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: Attributes!.QueueArn, Attributes: { RawMessageDelivery: 'true' } }));

      const namespace = uniqueName('Shop');
      const name = uniqueName('errors-high');
      const dims = [{ Name: 'Service', Value: 'checkout' }];
      await cw.send(new PutMetricAlarmCommand({
        AlarmName: name, AlarmDescription: 'too many errors', Namespace: namespace, MetricName: 'Errors', Dimensions: dims, Statistic: 'Sum', Period: 60,
        EvaluationPeriods: 1, Threshold: 3, ComparisonOperator: 'GreaterThanThreshold', TreatMissingData: 'notBreaching',
        AlarmActions: [TopicArn!], OKActions: [TopicArn!],
      }));
      const created = await stateOf(name);
      assert.equal(created.StateValue, 'INSUFFICIENT_DATA');
      assert.equal(created.StateReason, 'Unchecked: Initial alarm creation');

      await advanceClock(nimbus.endpoint, 60);
      const ok = await waitFor(name, 'OK');
      assert.equal(ok.StateReason, 'Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [NonBreaching].');

      const now = await alignedToMinute(nimbus.endpoint);
      await cw.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: [{ MetricName: 'Errors', Dimensions: dims, Value: 5, Timestamp: new Date(now) }] }));
      await advanceClock(nimbus.endpoint, 60);
      const alarmed = await waitFor(name, 'ALARM');
      const minute = new Date(Math.floor(now / 60_000) * 60_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      const when = `${pad(minute.getUTCDate())}/${pad(minute.getUTCMonth() + 1)}/${pad(minute.getUTCFullYear() % 100)} ${pad(minute.getUTCHours())}:${pad(minute.getUTCMinutes())}:00`;
      assert.equal(alarmed.StateReason, `Threshold Crossed: 1 datapoint [5.0 (${when})] was greater than the threshold (3.0).`);
      const reasonData = JSON.parse(alarmed.StateReasonData!) as Record<string, unknown>;
      assert.equal(reasonData.statistic, 'Sum');
      assert.deepEqual(reasonData.recentDatapoints, [5]);

      await advanceClock(nimbus.endpoint, 60);
      await waitFor(name, 'OK');

      const messages = await eventually(
        async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }))).Messages ?? [],
        (list) => list.length >= 1,
      );
      const notifications = messages.map((m) => JSON.parse(m.Body!) as Record<string, unknown>);
      const alarm = notifications.find((n) => n.NewStateValue === 'ALARM')!;
      assert.ok(alarm, 'the ALARM notification reached the queue');
      assert.equal(alarm.AlarmName, name);
      assert.equal(alarm.AlarmDescription, 'too many errors');
      assert.equal(alarm.AWSAccountId, '000000000000');
      assert.equal(alarm.Region, 'US East (N. Virginia)');
      assert.equal(alarm.AlarmArn, `arn:aws:cloudwatch:us-east-1:000000000000:alarm:${name}`);
      assert.equal(alarm.OldStateValue, 'OK');
      assert.equal(alarm.NewStateReason, alarmed.StateReason);
      assert.deepEqual(alarm.AlarmActions, [TopicArn]);
      assert.deepEqual(alarm.Trigger, {
        MetricName: 'Errors', Namespace: namespace, StatisticType: 'Statistic', Statistic: 'SUM', Unit: null,
        Dimensions: [{ value: 'checkout', name: 'Service' }], Period: 60, EvaluationPeriods: 1, DatapointsToAlarm: 1,
        ComparisonOperator: 'GreaterThanThreshold', Threshold: 3, TreatMissingData: 'notBreaching', EvaluateLowSampleCountPercentile: '',
      });
      assert.match(String(alarm.StateChangeTime), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);

      const history = await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: name, HistoryItemType: 'StateUpdate' }));
      assert.deepEqual(history.AlarmHistoryItems!.map((h) => h.HistorySummary), [
        'Alarm updated from ALARM to OK', 'Alarm updated from OK to ALARM', 'Alarm updated from INSUFFICIENT_DATA to OK',
      ]);
      const data = JSON.parse(history.AlarmHistoryItems![1]!.HistoryData!) as { oldState: { stateValue: string }; newState: { stateValue: string; stateReason: string } };
      assert.equal(data.oldState.stateValue, 'OK');
      assert.equal(data.newState.stateReason, alarmed.StateReason);
      const all = await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: name, ScanBy: 'TimestampAscending' }));
      assert.equal(all.AlarmHistoryItems![0]!.HistoryItemType, 'ConfigurationUpdate');
      assert.equal(all.AlarmHistoryItems![0]!.HistorySummary, `Alarm "${name}" created`);
      assert.ok(all.AlarmHistoryItems!.some((h) => h.HistoryItemType === 'Action' && h.HistorySummary === `Successfully executed action ${TopicArn}`));
    });

    it('counts M of N datapoints, treats missing data as configured, and alarms on percentiles and metric math', async () => {
      const namespace = uniqueName('Api');
      const start = Math.floor((await alignedToMinute(nimbus.endpoint)) / 60_000) * 60_000;
      const put = (offset: number, values: number[]) => cw.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: [{ MetricName: 'Latency', Values: values, Timestamp: new Date(start + offset * 60_000) }] }));
      await put(0, [100, 100, 900]);
      await put(1, [100]);
      await put(2, [100, 800]);
      const m = uniqueName('p90');
      await cw.send(new PutMetricAlarmCommand({
        AlarmName: m, Namespace: namespace, MetricName: 'Latency', ExtendedStatistic: 'p90', Period: 60, EvaluationPeriods: 3, DatapointsToAlarm: 2,
        Threshold: 500, ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      }));
      const math = uniqueName('math');
      await cw.send(new PutMetricAlarmCommand({
        AlarmName: math, EvaluationPeriods: 1, Threshold: 2, ComparisonOperator: 'LessThanThreshold', TreatMissingData: 'breaching',
        Metrics: [
          { Id: 'n', MetricStat: { Metric: { Namespace: namespace, MetricName: 'Latency' }, Period: 60, Stat: 'SampleCount' }, ReturnData: false },
          { Id: 'e', Expression: 'FILL(n, 0)', Label: 'samples' },
        ],
      }));
      await advanceClock(nimbus.endpoint, 3 * 60 + 1);
      const p90 = await waitFor(m, 'ALARM');
      assert.match(p90.StateReason!, /^Threshold Crossed: 2 out of the last 3 datapoints \[800\.0 \(.+\), 900\.0 \(.+\)\] were greater than or equal to the threshold \(500\.0\) \(minimum 2 datapoints for (OK|INSUFFICIENT_DATA) -> ALARM transition\)\.$/);
      await waitFor(math, 'OK');
      await advanceClock(nimbus.endpoint, 60);
      await waitFor(math, 'ALARM');
      const forMetric = await cw.send(new DescribeAlarmsForMetricCommand({ Namespace: namespace, MetricName: 'Latency', ExtendedStatistic: 'p90' }));
      assert.deepEqual(forMetric.MetricAlarms!.map((a) => a.AlarmName), [m]);
    });

    it('drives composite alarms from their children and SetAlarmState', async () => {
      const a = uniqueName('child-a');
      const b = uniqueName('child-b');
      for (const name of [a, b]) {
        await cw.send(new PutMetricAlarmCommand({ AlarmName: name, Namespace: 'Nimbus/Composite', MetricName: name, Statistic: 'Maximum', Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold', TreatMissingData: 'ignore' }));
      }
      const parent = uniqueName('parent');
      await cw.send(new PutCompositeAlarmCommand({ AlarmName: parent, AlarmRule: `ALARM("${a}") AND NOT OK(${b})` }));
      await cw.send(new SetAlarmStateCommand({ AlarmName: a, StateValue: 'ALARM', StateReason: 'testing' }));
      const composite = await waitFor(parent, 'ALARM');
      assert.match(composite.StateReason!, new RegExp(`^arn:aws:cloudwatch:us-east-1:000000000000:alarm:${a} transitioned to ALARM at `));
      await cw.send(new SetAlarmStateCommand({ AlarmName: b, StateValue: 'OK', StateReason: 'fine' }));
      await waitFor(parent, 'OK');
      const children = await cw.send(new DescribeAlarmsCommand({ ChildrenOfAlarmName: parent }));
      assert.deepEqual(children.MetricAlarms!.map((x) => x.AlarmName).sort(), [a, b].sort());
      const parents = await cw.send(new DescribeAlarmsCommand({ ParentsOfAlarmName: a }));
      assert.deepEqual(parents.CompositeAlarms!.map((x) => x.AlarmName), [parent]);
      const onlyMetric = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: parent }));
      assert.deepEqual(onlyMetric.CompositeAlarms, [], 'AlarmTypes defaults to MetricAlarm');
      const alarming = await cw.send(new DescribeAlarmsCommand({ StateValue: 'ALARM', AlarmNamePrefix: a }));
      assert.deepEqual(alarming.MetricAlarms!.map((x) => x.AlarmName), [a]);

      const missing = await failure(cw.send(new PutCompositeAlarmCommand({ AlarmName: uniqueName('bad'), AlarmRule: 'ALARM(nope)' })));
      assert.equal(missing.code, 'ValidationError');
      assert.equal(missing.message, 'Could not save the composite alarm as alarms [nope] in the alarm rule do not exist');
      assert.equal((await failure(cw.send(new PutCompositeAlarmCommand({ AlarmName: uniqueName('bad'), AlarmRule: 'ALARM(' })))).code, 'ValidationError');
    });

    it('refuses bad alarms and unknown names with CloudWatch codes', async () => {
      const base = { AlarmName: uniqueName('bad'), Namespace: 'N', MetricName: 'M', Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold' } as const;
      const wide = await failure(cw.send(new PutMetricAlarmCommand({ ...base, Statistic: 'Sum', Period: 3600, EvaluationPeriods: 25 })));
      assert.deepEqual([wide.code, wide.status], ['ValidationError', 400]);
      assert.equal(wide.message, 'Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400)');
      assert.equal((await failure(cw.send(new PutMetricAlarmCommand({ ...base, Statistic: 'Sum', ExtendedStatistic: 'p99' })))).name, 'InvalidParameterCombinationException');
      assert.equal((await failure(cw.send(new PutMetricAlarmCommand({ ...base, Statistic: 'Sum', DatapointsToAlarm: 2 })))).code, 'ValidationError');
      const state = await failure(cw.send(new SetAlarmStateCommand({ AlarmName: 'nope', StateValue: 'OK', StateReason: 'x' })));
      assert.deepEqual([state.name, state.status], ['ResourceNotFound', 404]);
      await cw.send(new PutMetricAlarmCommand({ ...base, Statistic: 'Sum' }));
      const format = await failure(cw.send(new SetAlarmStateCommand({ AlarmName: base.AlarmName, StateValue: 'OK', StateReason: 'x', StateReasonData: '{nope' })));
      assert.deepEqual([format.name, format.status], ['InvalidFormatFault', 400]);
      await cw.send(new DisableAlarmActionsCommand({ AlarmNames: [base.AlarmName] }));
      assert.equal((await stateOf(base.AlarmName)).ActionsEnabled, false);
      await cw.send(new DeleteAlarmsCommand({ AlarmNames: [base.AlarmName] }));
      assert.deepEqual((await alarmOf(base.AlarmName)).MetricAlarms, []);
    });
  });
}
