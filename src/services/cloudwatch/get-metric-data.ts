import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { GetMetricDataInput, GetMetricDataOutput, MetricDataResult } from './api.generated.js';
import { invalidNextToken, invalidParameterValue } from './errors.js';
import { checkQueries, runQueries } from './metric-queries.js';

const DEFAULT_MAX_DATAPOINTS = 100_800;
const MAX_QUERIES = 500;

/** GetMetricData: metric statistics and metric math, newest first by default, paged by data points. */
export class MetricDataQueries {
  constructor(private readonly deps: ServiceDeps) {}

  async getMetricData(input: GetMetricDataInput, context: CallContext): Promise<GetMetricDataOutput> {
    if (input.MetricDataQueries.length > MAX_QUERIES) throw invalidParameterValue(`The collection MetricDataQueries must not have a size greater than ${MAX_QUERIES}.`);
    const start = input.StartTime.getTime();
    const end = input.EndTime.getTime();
    if (start >= end) throw invalidParameterValue('The parameter StartTime must be less than the parameter EndTime.');
    const parsed = checkQueries(input.MetricDataQueries);
    const results = await runQueries({ store: this.deps.store, account: context.account, region: context.region, start, end }, input.MetricDataQueries, parsed);
    const descending = (input.ScanBy ?? 'TimestampDescending') === 'TimestampDescending';
    const all: MetricDataResult[] = [];
    for (const query of input.MetricDataQueries) {
      if (query.ReturnData === false) continue;
      for (const series of results.get(query.Id)?.series ?? []) {
        const order = series.timestamps.map((_, i) => i);
        if (descending) order.reverse();
        all.push({ Id: query.Id, Label: series.label, Timestamps: order.map((i) => new Date(series.timestamps[i]!)), Values: order.map((i) => series.values[i]!), StatusCode: 'Complete' });
      }
    }
    return page(all, input.MaxDatapoints ?? DEFAULT_MAX_DATAPOINTS, input.NextToken);
  }
}

/** One page of at most `max` data points, counted across results in order; the token says where the next starts. */
function page(all: MetricDataResult[], max: number, token: string | undefined): GetMetricDataOutput {
  const offset = token === undefined ? 0 : decodeToken(token);
  const pageEnd = offset + max;
  const output: MetricDataResult[] = [];
  let position = 0;
  for (const result of all) {
    const size = result.Values!.length;
    const from = Math.max(offset, position) - position;
    const to = Math.min(pageEnd, position + size) - position;
    const first = offset === 0 && size === 0;
    if (to > from || first) {
      output.push({ ...result, Timestamps: result.Timestamps!.slice(from, to), Values: result.Values!.slice(from, to), StatusCode: position + size > pageEnd ? 'PartialData' : 'Complete' });
    }
    position += size;
  }
  const answer: GetMetricDataOutput = { MetricDataResults: output, Messages: [] };
  if (position > pageEnd) answer.NextToken = Buffer.from(JSON.stringify({ offset: pageEnd })).toString('base64');
  return answer;
}

function decodeToken(token: string): number {
  try {
    const { offset } = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { offset: unknown };
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // falls through to the refusal
  }
  throw invalidNextToken();
}
