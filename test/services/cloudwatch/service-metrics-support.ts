import { GetMetricStatisticsCommand, type Datapoint, type Dimension } from '@aws-sdk/client-cloudwatch';
import { client, eventually, nimbusNow } from './support.js';

const MINUTE = 60_000;

/** What an AWS/ metric holds around the Nimbus clock's now, summed over its one-minute datapoints. */
export interface Totals {
  sum: number;
  sampleCount: number;
  maximum: number;
  unit?: string;
}

export async function totals(cw: ReturnType<typeof client>, endpoint: string, namespace: string, metricName: string, dimensions: Dimension[]): Promise<Totals> {
  const now = await nimbusNow(endpoint);
  const answer = await cw.send(new GetMetricStatisticsCommand({
    Namespace: namespace, MetricName: metricName, Dimensions: dimensions, Statistics: ['Sum', 'SampleCount', 'Maximum'], Period: 60,
    StartTime: new Date(now - 30 * MINUTE), EndTime: new Date(now + 5 * MINUTE),
  }));
  const points: Datapoint[] = answer.Datapoints ?? [];
  return {
    sum: points.reduce((sum, point) => sum + point.Sum!, 0),
    sampleCount: points.reduce((sum, point) => sum + point.SampleCount!, 0),
    maximum: Math.max(0, ...points.map((point) => point.Maximum!)),
    unit: points[0]?.Unit,
  };
}

/** Waits for the minute's data to reach CloudWatch (the flush runs after the clock advance returns). */
export function totalsOnceCounted(cw: ReturnType<typeof client>, endpoint: string, namespace: string, metricName: string, dimensions: Dimension[], sampleCount: number): Promise<Totals> {
  return eventually(() => totals(cw, endpoint, namespace, metricName, dimensions), (found) => found.sampleCount >= sampleCount);
}
