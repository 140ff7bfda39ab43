import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DeleteAnomalyDetectorCommand, DeleteDashboardsCommand, DescribeAnomalyDetectorsCommand, GetDashboardCommand, ListDashboardsCommand,
  ListTagsForResourceCommand, PutAnomalyDetectorCommand, PutDashboardCommand, PutMetricAlarmCommand, TagResourceCommand, UntagResourceCommand,
} from '@aws-sdk/client-cloudwatch';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { PROTOCOLS, client, failure, uniqueName } from './support.js';

for (const { protocol, extra } of PROTOCOLS) {
  describe(`CloudWatch dashboards, anomaly detectors and tags (${protocol})`, () => {
    let nimbus: Nimbus;
    let cw: ReturnType<typeof client>;
    before(async () => {
      nimbus = await startTestNimbus();
      cw = client(nimbus.endpoint, extra);
    });
    after(() => nimbus.stop());

    it('keeps dashboards, validates their bodies and lists them by prefix', async () => {
      const body = JSON.stringify({ widgets: [{ type: 'metric', x: 0, y: 0, width: 12, height: 6, properties: { metrics: [['AWS/SQS', 'NumberOfMessagesSent']], region: 'us-east-1' } }] });
      const put = await cw.send(new PutDashboardCommand({ DashboardName: 'ops-main', DashboardBody: body }));
      assert.deepEqual(put.DashboardValidationMessages, []);
      await cw.send(new PutDashboardCommand({ DashboardName: 'ops-db', DashboardBody: body }));
      await cw.send(new PutDashboardCommand({ DashboardName: 'team', DashboardBody: body }));
      const got = await cw.send(new GetDashboardCommand({ DashboardName: 'ops-main' }));
      assert.deepEqual([got.DashboardName, got.DashboardBody, got.DashboardArn], ['ops-main', body, 'arn:aws:cloudwatch::000000000000:dashboard/ops-main']);
      const listed = await cw.send(new ListDashboardsCommand({ DashboardNamePrefix: 'ops' }));
      assert.deepEqual(listed.DashboardEntries!.map((d) => [d.DashboardName, d.Size]), [['ops-db', body.length], ['ops-main', body.length]]);

      const invalid = await failure(cw.send(new PutDashboardCommand({ DashboardName: 'broken', DashboardBody: '{"widgets": [{"x": 0}]}' })));
      assert.deepEqual([invalid.name, invalid.code ?? 'InvalidParameterInput', invalid.status], ['DashboardInvalidInputError', 'InvalidParameterInput', 400]);
      assert.match(invalid.message, /^The dashboard body is invalid, there are 1 validation errors:/);
      assert.equal((await failure(cw.send(new PutDashboardCommand({ DashboardName: 'broken', DashboardBody: 'not json' })))).name, 'DashboardInvalidInputError');

      await cw.send(new DeleteDashboardsCommand({ DashboardNames: ['ops-db', 'team'] }));
      const gone = await failure(cw.send(new GetDashboardCommand({ DashboardName: 'team' })));
      assert.deepEqual([gone.name, gone.status], ['ResourceNotFound', 404]);
      assert.equal((await failure(cw.send(new DeleteDashboardsCommand({ DashboardNames: ['ops-main', 'nope'] })))).status, 404);
      assert.ok(await cw.send(new GetDashboardCommand({ DashboardName: 'ops-main' })), 'a failed delete removes nothing');
    });

    it('stores anomaly detectors and describes them by metric', async () => {
      const metric = { Namespace: uniqueName('Anomaly'), MetricName: 'Latency', Dimensions: [{ Name: 'Api', Value: 'x' }], Stat: 'Average' };
      await cw.send(new PutAnomalyDetectorCommand({ SingleMetricAnomalyDetector: metric, Configuration: { MetricTimezone: 'UTC' } }));
      await cw.send(new PutAnomalyDetectorCommand({ MetricMathAnomalyDetector: { MetricDataQueries: [{ Id: 'm', MetricStat: { Metric: { Namespace: metric.Namespace, MetricName: 'Other' }, Period: 60, Stat: 'Sum' } }] } }));
      const found = await cw.send(new DescribeAnomalyDetectorsCommand({ Namespace: metric.Namespace, MetricName: 'Latency' }));
      assert.deepEqual(found.AnomalyDetectors!.map((d) => [d.SingleMetricAnomalyDetector, d.Configuration, d.StateValue]), [[metric, { MetricTimezone: 'UTC' }, 'TRAINED_INSUFFICIENT_DATA']]);
      const math = await cw.send(new DescribeAnomalyDetectorsCommand({ AnomalyDetectorTypes: ['METRIC_MATH'] }));
      assert.equal(math.AnomalyDetectors!.length, 1);
      await cw.send(new DeleteAnomalyDetectorCommand({ SingleMetricAnomalyDetector: metric }));
      const missing = await failure(cw.send(new DeleteAnomalyDetectorCommand({ SingleMetricAnomalyDetector: metric })));
      assert.deepEqual([missing.name, missing.status], ['ResourceNotFoundException', 404]);
    });

    it('tags alarms by ARN', async () => {
      const name = uniqueName('tagged');
      await cw.send(new PutMetricAlarmCommand({ AlarmName: name, Namespace: 'N', MetricName: 'M', Statistic: 'Sum', Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold', Tags: [{ Key: 'team', Value: 'a' }] }));
      const arn = `arn:aws:cloudwatch:us-east-1:000000000000:alarm:${name}`;
      await cw.send(new TagResourceCommand({ ResourceARN: arn, Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'b' }] }));
      await cw.send(new UntagResourceCommand({ ResourceARN: arn, TagKeys: ['env'] }));
      assert.deepEqual((await cw.send(new ListTagsForResourceCommand({ ResourceARN: arn }))).Tags, [{ Key: 'team', Value: 'b' }]);
      const missing = await failure(cw.send(new ListTagsForResourceCommand({ ResourceARN: `${arn}-nope` })));
      assert.deepEqual([missing.name, missing.status], ['ResourceNotFoundException', 404]);
    });
  });
}
