import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GetMetricDataCommand, GetMetricStatisticsCommand, ListMetricsCommand, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { PROTOCOLS, client, failure, nimbusNow, uniqueName } from './support.js';

for (const { protocol, extra } of PROTOCOLS) {
  describe(`CloudWatch metrics (${protocol})`, () => {
    let nimbus: Nimbus;
    let cw: ReturnType<typeof client>;
    let now: number;
    before(async () => {
      nimbus = await startTestNimbus();
      cw = client(nimbus.endpoint, extra);
      now = Math.floor((await nimbusNow(nimbus.endpoint)) / 60_000) * 60_000;
    });
    after(() => nimbus.stop());

    it('aggregates values, counts and statistic sets per period, per unit', async () => {
      const namespace = uniqueName('App');
      const dims = [{ Name: 'Service', Value: 'api' }];
      const minute = (n: number) => new Date(now - 10 * 60_000 + n * 60_000);
      await cw.send(new PutMetricDataCommand({
        Namespace: namespace,
        MetricData: [
          { MetricName: 'Latency', Dimensions: dims, Timestamp: minute(0), Value: 10, Unit: 'Milliseconds' },
          { MetricName: 'Latency', Dimensions: dims, Timestamp: new Date(minute(0).getTime() + 5000), Values: [20, 30], Counts: [1, 2], Unit: 'Milliseconds' },
          { MetricName: 'Latency', Dimensions: dims, Timestamp: minute(1), StatisticValues: { SampleCount: 4, Sum: 100, Minimum: 5, Maximum: 50 }, Unit: 'Milliseconds' },
          { MetricName: 'Latency', Dimensions: dims, Timestamp: minute(1), Value: 1, Unit: 'Seconds', StorageResolution: 1 },
        ],
      }));
      const answer = await cw.send(new GetMetricStatisticsCommand({
        Namespace: namespace, MetricName: 'Latency', Dimensions: dims, StartTime: minute(0), EndTime: minute(5), Period: 60,
        Statistics: ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'],
      }));
      assert.equal(answer.Label, 'Latency');
      const points = [...answer.Datapoints!].sort((a, b) => a.Timestamp!.getTime() - b.Timestamp!.getTime() || a.Unit!.localeCompare(b.Unit!));
      assert.deepEqual(points.map((p) => [p.Timestamp!.getTime(), p.Unit, p.SampleCount, p.Sum, p.Minimum, p.Maximum, p.Average]), [
        [minute(0).getTime(), 'Milliseconds', 4, 90, 10, 30, 22.5],
        [minute(1).getTime(), 'Milliseconds', 4, 100, 5, 50, 25],
        [minute(1).getTime(), 'Seconds', 1, 1, 1, 1, 1],
      ]);
      const inSeconds = await cw.send(new GetMetricStatisticsCommand({
        Namespace: namespace, MetricName: 'Latency', Dimensions: dims, StartTime: minute(0), EndTime: minute(5), Period: 300, Statistics: ['Sum'], Unit: 'Seconds',
      }));
      assert.deepEqual(inSeconds.Datapoints!.map((p) => [p.Sum, p.Unit]), [[1, 'Seconds']]);
    });

    it('answers percentiles and trimmed means from values, not from statistic sets', async () => {
      const namespace = uniqueName('App');
      const at = new Date(now - 5 * 60_000);
      await cw.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: [{ MetricName: 'Duration', Timestamp: at, Values: Array.from({ length: 100 }, (_, i) => i + 1) }] }));
      const answer = await cw.send(new GetMetricStatisticsCommand({
        Namespace: namespace, MetricName: 'Duration', StartTime: new Date(now - 10 * 60_000), EndTime: new Date(now), Period: 600, ExtendedStatistics: ['p50', 'p90', 'p99.9', 'tm90'],
      }));
      assert.deepEqual(answer.Datapoints![0]!.ExtendedStatistics, { p50: 50, p90: 90, 'p99.9': 100, tm90: 45.5 });
    });

    it('lists metrics by namespace, name and dimension filters, and recently active ones', async () => {
      const namespace = uniqueName('List');
      await cw.send(new PutMetricDataCommand({
        Namespace: namespace,
        MetricData: [
          { MetricName: 'Hits', Dimensions: [{ Name: 'Page', Value: 'home' }], Value: 1 },
          { MetricName: 'Hits', Dimensions: [{ Name: 'Page', Value: 'about' }, { Name: 'Lang', Value: 'en' }], Value: 1 },
          { MetricName: 'Misses', Value: 1 },
        ],
      }));
      const all = await cw.send(new ListMetricsCommand({ Namespace: namespace }));
      assert.equal(all.Metrics!.length, 3);
      const hits = await cw.send(new ListMetricsCommand({ Namespace: namespace, MetricName: 'Hits', Dimensions: [{ Name: 'Lang' }] }));
      assert.deepEqual(hits.Metrics, [{ Namespace: namespace, MetricName: 'Hits', Dimensions: [{ Name: 'Lang', Value: 'en' }, { Name: 'Page', Value: 'about' }] }]);
      const home = await cw.send(new ListMetricsCommand({ Namespace: namespace, Dimensions: [{ Name: 'Page', Value: 'home' }], RecentlyActive: 'PT3H' }));
      assert.deepEqual(home.Metrics!.map((m) => m.Dimensions), [[{ Name: 'Page', Value: 'home' }]]);
    });

    it('refuses what CloudWatch refuses, with its codes', async () => {
      const put = (input: object) => failure(cw.send(new PutMetricDataCommand({ Namespace: 'Nimbus/Errors', ...input } as never)));
      const aws = await failure(cw.send(new PutMetricDataCommand({ Namespace: 'AWS/EC2', MetricData: [{ MetricName: 'x', Value: 1 }] })));
      assert.equal(aws.status, 400);
      assert.equal(aws.message, 'The value AWS/ for parameter Namespace is invalid.');
      assert.equal(aws.name, 'InvalidParameterValueException');
      const both = await put({ MetricData: [{ MetricName: 'x', Value: 1, StatisticValues: { SampleCount: 1, Sum: 1, Minimum: 1, Maximum: 1 } }] });
      assert.equal(both.name, 'InvalidParameterCombinationException');
      assert.equal(both.message, 'The parameters MetricData.member.1.Value and MetricData.member.1.StatisticValues are mutually exclusive and you have specified both.');
      assert.equal((await put({ MetricData: [{ MetricName: 'x', Values: [1, 2], Counts: [1] }] })).name, 'InvalidParameterValueException');
      assert.equal((await put({ MetricData: [{ MetricName: 'x', Value: 1, StorageResolution: 5 }] })).name, 'InvalidParameterValueException');
      assert.equal((await put({ MetricData: [{ MetricName: 'x', Value: 1, Timestamp: new Date(now - 15 * 86_400_000) }] })).name, 'InvalidParameterValueException');
      assert.equal((await put({ MetricData: [{ MetricName: 'x', Value: 2 ** 361 }] })).name, 'InvalidParameterValueException');
      // The SDK gzips PutMetricData bodies over 10 KB (Content-Encoding: gzip): the limit is checked on the
      // inflated body. Its CBOR protocol announces the uncompressed Content-Length with a compressed body
      // (an SDK bug that hangs any server), so CBOR sends these uncompressed.
      const big = protocol === 'cbor' ? client(nimbus.endpoint, { ...extra, disableRequestCompression: true }) : cw;
      const tooMany = await failure(big.send(new PutMetricDataCommand({ Namespace: 'Nimbus/Errors', MetricData: Array.from({ length: 1001 }, (_, i) => ({ MetricName: `m${i}`, Value: 1 })) })));
      assert.equal(tooMany.message, 'The collection MetricData must not have a size greater than 1000.');
      const compressed = await big.send(new PutMetricDataCommand({ Namespace: 'Nimbus/Gzip', MetricData: Array.from({ length: 1000 }, (_, i) => ({ MetricName: `m${i}`, Value: i })) }));
      assert.equal(compressed.$metadata.httpStatusCode, 200);
      const stats = (input: object) => failure(cw.send(new GetMetricStatisticsCommand({ Namespace: 'N', MetricName: 'M', StartTime: new Date(now - 60_000), EndTime: new Date(now), Period: 60, ...input } as never)));
      assert.equal((await stats({ Statistics: ['Sum'], Period: 45 })).message, 'The parameter Period must be a multiple of 60.');
      assert.equal((await stats({})).name, 'MissingRequiredParameterException');
      assert.equal((await stats({ Statistics: ['Sum'], ExtendedStatistics: ['p99'] })).name, 'InvalidParameterCombinationException');
      const wide = await stats({ Statistics: ['Sum'], StartTime: new Date(now - 2 * 86_400_000), Period: 60 });
      assert.equal(wide.name, 'InvalidParameterCombinationException');
      assert.match(wide.message, /^You have requested up to 2,880 datapoints, which exceeds the limit of 1,440\./);
    });

    it('runs GetMetricData: statistics, math, SEARCH, ordering, labels and paging', async () => {
      const namespace = uniqueName('Data');
      const start = now - 10 * 60_000;
      const data = [];
      for (let i = 0; i < 5; i++) {
        data.push({ MetricName: 'Requests', Dimensions: [{ Name: 'Host', Value: 'a' }], Timestamp: new Date(start + i * 60_000), Value: i + 1 });
        data.push({ MetricName: 'Requests', Dimensions: [{ Name: 'Host', Value: 'b' }], Timestamp: new Date(start + i * 60_000), Value: 10 * (i + 1) });
      }
      await cw.send(new PutMetricDataCommand({ Namespace: namespace, MetricData: data }));
      const stat = (host: string) => ({ Metric: { Namespace: namespace, MetricName: 'Requests', Dimensions: [{ Name: 'Host', Value: host }] }, Period: 60, Stat: 'Sum' });
      const answer = await cw.send(new GetMetricDataCommand({
        StartTime: new Date(start), EndTime: new Date(now),
        MetricDataQueries: [
          { Id: 'a', MetricStat: stat('a'), ReturnData: false },
          { Id: 'b', MetricStat: stat('b'), Label: 'host b' },
          { Id: 'total', Expression: 'a + b', Label: 'Total' },
          { Id: 'high', Expression: 'IF(b > 25, b, 0)' },
          { Id: 'filled', Expression: 'FILL(a, 0)' },
          { Id: 'found', Expression: `SUM(SEARCH('{${namespace},Host} MetricName="Requests"', 'Sum', 60))`, Label: 'searched' },
        ],
      }));
      const byId = Object.fromEntries(answer.MetricDataResults!.map((r) => [r.Id, r]));
      assert.equal(byId.a, undefined, 'ReturnData false hides a query');
      assert.equal(byId.b!.Label, 'host b');
      assert.deepEqual(byId.b!.Values, [50, 40, 30, 20, 10], 'newest first by default');
      assert.deepEqual(byId.total!.Values, [55, 44, 33, 22, 11]);
      assert.equal(byId.total!.Label, 'Total');
      assert.equal(byId.total!.StatusCode, 'Complete');
      assert.deepEqual(byId.high!.Values, [50, 40, 30, 0, 0]);
      assert.deepEqual(byId.filled!.Values, [0, 0, 0, 0, 0, 5, 4, 3, 2, 1]);
      assert.deepEqual(byId.found!.Values, [55, 44, 33, 22, 11]);

      const ascending = await cw.send(new GetMetricDataCommand({
        StartTime: new Date(start), EndTime: new Date(now), ScanBy: 'TimestampAscending', MaxDatapoints: 3,
        MetricDataQueries: [{ Id: 'b', MetricStat: stat('b') }, { Id: 'r', Expression: 'RATE(b)' }],
      }));
      assert.deepEqual(ascending.MetricDataResults!.map((r) => [r.Id, r.Values, r.StatusCode]), [['b', [10, 20, 30], 'PartialData']]);
      const second = await cw.send(new GetMetricDataCommand({
        StartTime: new Date(start), EndTime: new Date(now), ScanBy: 'TimestampAscending', MaxDatapoints: 3, NextToken: ascending.NextToken,
        MetricDataQueries: [{ Id: 'b', MetricStat: stat('b') }, { Id: 'r', Expression: 'RATE(b)' }],
      }));
      assert.deepEqual(second.MetricDataResults!.map((r) => [r.Id, r.Values]), [['b', [40, 50]], ['r', [10 / 60]]]);
      assert.ok(second.NextToken);

      const bad = await failure(cw.send(new GetMetricDataCommand({ StartTime: new Date(start), EndTime: new Date(now), MetricDataQueries: [{ Id: 'e', Expression: 'm1 +' }] })));
      assert.equal(bad.status, 400);
      assert.match(bad.message, /^Error in expression e: /);
      const unknown = await failure(cw.send(new GetMetricDataCommand({ StartTime: new Date(start), EndTime: new Date(now), MetricDataQueries: [{ Id: 'e', Expression: 'zz * 2' }] })));
      assert.equal(unknown.message, 'Error in expression e: Unrecognized metric or expression zz.');
    });
  });
}
