import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { CreateQueueCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Nimbus } from '../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../support/nimbus.js';
import { uniqueName } from '../support/calls.js';
import { AWS, awsV2, cli } from './support.js';

const MINUTE = 60_000;

interface Statistics {
  Label: string;
  Datapoints: Array<{ Timestamp: string | number; Sum: number; Maximum: number; SampleCount?: number; Unit: string }>;
}

async function nimbusNow(endpoint: string): Promise<number> {
  const body = (await (await fetch(`${endpoint}/_nimbus/clock`)).json()) as { now: number | string };
  return typeof body.now === 'string' ? Date.parse(body.now) : body.now;
}

/** CLI v1 prints timestamps as the wire carries them (epoch seconds over cbor), v2 as ISO 8601. */
function epochMs(timestamp: string | number): number {
  return typeof timestamp === 'number' ? timestamp * 1000 : Date.parse(timestamp);
}

describe('AWS CLI: aws cloudwatch get-metric-statistics', { concurrency: true }, async () => {
  const v2 = await awsV2();
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus?.stop());

  const statistics = async (binary: string, namespace: string, metricName: string, dimension: string, statistics: string[]): Promise<Statistics> => {
    const now = await nimbusNow(nimbus.endpoint);
    const answer = await cli(binary, nimbus.endpoint, [
      'cloudwatch', 'get-metric-statistics', '--namespace', namespace, '--metric-name', metricName, '--dimensions', dimension,
      '--statistics', ...statistics, '--period', '60',
      '--start-time', new Date(now - 10 * MINUTE).toISOString(), '--end-time', new Date(now + 5 * MINUTE).toISOString(), '--output', 'json',
    ]);
    assert.equal(answer.code, 0, answer.stderr);
    return JSON.parse(answer.stdout) as Statistics;
  };

  for (const [label, binary] of [['v1', AWS], ['v2', v2]] as const) {
    it(`reads the sum and maximum of data put through the SDK, per minute (CLI ${label})`, { skip: !binary && 'no AWS CLI v2' }, async () => {
      const namespace = uniqueName('Shop');
      const now = await nimbusNow(nimbus.endpoint);
      const minute = Math.floor(now / MINUTE) * MINUTE;
      const cw = new CloudWatchClient(clientConfig(nimbus.endpoint));
      await cw.send(new PutMetricDataCommand({
        Namespace: namespace,
        MetricData: [
          { MetricName: 'Orders', Dimensions: [{ Name: 'Store', Value: 'north' }], Value: 3, Unit: 'Count', Timestamp: new Date(minute - MINUTE) },
          { MetricName: 'Orders', Dimensions: [{ Name: 'Store', Value: 'north' }], Value: 5, Unit: 'Count', Timestamp: new Date(minute - MINUTE + 1000) },
          { MetricName: 'Orders', Dimensions: [{ Name: 'Store', Value: 'north' }], Value: 2, Unit: 'Count', Timestamp: new Date(minute - 2 * MINUTE) },
        ],
      }));
      const answer = await statistics(binary!, namespace, 'Orders', 'Name=Store,Value=north', ['Sum', 'Maximum']);
      assert.equal(answer.Label, 'Orders');
      const points = answer.Datapoints.map((point) => ({ at: epochMs(point.Timestamp), sum: point.Sum, maximum: point.Maximum, unit: point.Unit }))
        .sort((a, b) => a.at - b.at);
      assert.deepEqual(points, [
        { at: minute - 2 * MINUTE, sum: 2, maximum: 2, unit: 'Count' },
        { at: minute - MINUTE, sum: 8, maximum: 5, unit: 'Count' },
      ]);
    });
  }

  it('reads the AWS/SQS metrics Nimbus publishes for a queue', async () => {
    const sqs = new SQSClient(clientConfig(nimbus.endpoint));
    const queue = uniqueName('cli-metered');
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: queue }));
    for (let i = 0; i < 3; i++) await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `m${i}` }));
    await advanceClock(nimbus.endpoint, 60);
    let answer: Statistics = { Label: '', Datapoints: [] };
    for (let attempt = 0; attempt < 100 && answer.Datapoints.reduce((sum, point) => sum + point.Sum, 0) < 3; attempt++) {
      answer = await statistics(AWS, 'AWS/SQS', 'NumberOfMessagesSent', `Name=QueueName,Value=${queue}`, ['Sum', 'SampleCount']);
    }
    assert.equal(answer.Label, 'NumberOfMessagesSent');
    assert.equal(answer.Datapoints.reduce((sum, point) => sum + point.Sum, 0), 3);
    assert.ok(answer.Datapoints.every((point) => point.Unit === 'Count'));
  });
});
