import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { alignedToMinute, awsCli, boto3, nimbusNow, uniqueName } from './support.js';

/** boto3 and the AWS CLI, each made to speak query, json and cbor through its own model. */
for (const protocol of ['query', 'json', 'smithy-rpc-v2-cbor'] as const) {
  describe(`CloudWatch through boto3 and the AWS CLI (${protocol})`, () => {
    let nimbus: Nimbus;
    before(async () => {
      nimbus = await startTestNimbus();
    });
    after(() => nimbus.stop());

    it('puts data, reads statistics and percentiles, lists metrics and runs metric math', async () => {
      const namespace = uniqueName('Boto');
      const now = Math.floor((await nimbusNow(nimbus.endpoint)) / 60_000) * 60_000;
      const at = new Date(now - 120_000).toISOString();
      const result = await boto3(nimbus.endpoint, protocol, `
at = datetime.datetime.fromisoformat('${at.replace('Z', '+00:00')}')
cw.put_metric_data(Namespace='${namespace}', MetricData=[
  {'MetricName': 'Load', 'Dimensions': [{'Name': 'Host', 'Value': 'a'}], 'Timestamp': at, 'Values': [1.0, 2.0, 3.0, 10.0], 'Unit': 'Count'},
  {'MetricName': 'Load', 'Dimensions': [{'Name': 'Host', 'Value': 'b'}], 'Timestamp': at, 'StatisticValues': {'SampleCount': 2, 'Sum': 8, 'Minimum': 3, 'Maximum': 5}, 'Unit': 'Count'},
])
start = at - datetime.timedelta(minutes=1)
end = at + datetime.timedelta(minutes=2)
stats = cw.get_metric_statistics(Namespace='${namespace}', MetricName='Load', Dimensions=[{'Name': 'Host', 'Value': 'a'}], StartTime=start, EndTime=end, Period=60, Statistics=['Sum', 'Maximum'])
pct = cw.get_metric_statistics(Namespace='${namespace}', MetricName='Load', Dimensions=[{'Name': 'Host', 'Value': 'a'}], StartTime=start, EndTime=end, Period=60, ExtendedStatistics=['p50'])
listed = cw.list_metrics(Namespace='${namespace}')
data = cw.get_metric_data(StartTime=start, EndTime=end, MetricDataQueries=[
  {'Id': 'total', 'Expression': "SUM(SEARCH('{${namespace},Host} Load', 'Sum', 60))", 'Label': 'total'},
])
try:
  cw.put_metric_data(Namespace='AWS/Nope', MetricData=[{'MetricName': 'x', 'Value': 1}])
  error = None
except cw.exceptions.ClientError as e:
  error = [e.response['Error']['Code'], e.response['ResponseMetadata']['HTTPStatusCode'], e.response['Error']['Message']]
print(json.dumps({
  'stats': [[p['Sum'], p['Maximum'], p['Unit']] for p in stats['Datapoints']],
  'p50': [p['ExtendedStatistics'] for p in pct['Datapoints']],
  'metrics': sorted(m['Dimensions'][0]['Value'] for m in listed['Metrics']),
  'total': [[r['Label'], r['Values']] for r in data['MetricDataResults']],
  'error': error,
}))
`) as Record<string, unknown>;
      assert.deepEqual(result.stats, [[16, 10, 'Count']]);
      assert.deepEqual(result.p50, [{ p50: 2 }]);
      assert.deepEqual(result.metrics, ['a', 'b']);
      assert.deepEqual(result.total, [['total', [24]]]);
      assert.deepEqual(result.error, ['InvalidParameterValue', 400, 'The value AWS/ for parameter Namespace is invalid.']);
    });

    it('drives an alarm and reads its history and dashboards with the AWS CLI', async () => {
      const namespace = uniqueName('Cli');
      const name = uniqueName('cli-alarm');
      await awsCli(nimbus.endpoint, protocol, ['cloudwatch', 'put-metric-alarm', '--alarm-name', name, '--namespace', namespace, '--metric-name', 'Queue',
        '--statistic', 'Maximum', '--period', '60', '--evaluation-periods', '1', '--threshold', '10', '--comparison-operator', 'GreaterThanOrEqualToThreshold']);
      await alignedToMinute(nimbus.endpoint);
      await awsCli(nimbus.endpoint, protocol, ['cloudwatch', 'put-metric-data', '--namespace', namespace, '--metric-name', 'Queue', '--value', '12']);
      await advanceClock(nimbus.endpoint, 60);
      let state = '';
      for (let i = 0; i < 50 && state !== 'ALARM'; i++) {
        const described = await awsCli(nimbus.endpoint, protocol, ['cloudwatch', 'describe-alarms', '--alarm-names', name]) as { MetricAlarms: Array<{ StateValue: string }> };
        state = described.MetricAlarms[0]!.StateValue;
      }
      assert.equal(state, 'ALARM');
      const history = await awsCli(nimbus.endpoint, protocol, ['cloudwatch', 'describe-alarm-history', '--alarm-name', name, '--history-item-type', 'StateUpdate']) as { AlarmHistoryItems: Array<{ HistorySummary: string }> };
      assert.deepEqual(history.AlarmHistoryItems.map((h) => h.HistorySummary), ['Alarm updated from INSUFFICIENT_DATA to ALARM']);
      const body = JSON.stringify({ widgets: [{ type: 'text', x: 0, y: 0, width: 6, height: 3, properties: { markdown: 'hi' } }] });
      await awsCli(nimbus.endpoint, protocol, ['cloudwatch', 'put-dashboard', '--dashboard-name', 'ops', '--dashboard-body', body]);
      const dashboard = await awsCli(nimbus.endpoint, protocol, ['cloudwatch', 'get-dashboard', '--dashboard-name', 'ops']) as Record<string, string>;
      assert.equal(dashboard.DashboardBody, body);
      assert.equal(dashboard.DashboardArn, 'arn:aws:cloudwatch::000000000000:dashboard/ops');
    });
  });
}
