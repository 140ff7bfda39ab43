import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { Datapoint, GetMetricStatisticsInput, GetMetricStatisticsOutput, StandardUnit } from './api.generated.js';
import { invalidParameterCombination, invalidParameterValue, missingParameter } from './errors.js';
import { alignStart, periods, readData } from './metric-reader.js';
import { aggregate, isExtendedStatistic, statisticOf } from './statistics.js';

const MAX_DATAPOINTS = 1440;

/** Whether a period is one CloudWatch accepts: 1, 5, 10, 30 or a multiple of 60 seconds. */
export function validPeriod(period: number): boolean {
  return period > 0 && ([1, 5, 10, 30].includes(period) || period % 60 === 0);
}

/** GetMetricStatistics: the five statistics and percentiles per period, one data point per period and unit. */
export class MetricStatistics {
  constructor(private readonly deps: ServiceDeps) {}

  async getMetricStatistics(input: GetMetricStatisticsInput, context: CallContext): Promise<GetMetricStatisticsOutput> {
    const statistics = input.Statistics ?? [];
    const extended = input.ExtendedStatistics ?? [];
    if (!statistics.length && !extended.length) throw missingParameter('Must specify either Statistics or ExtendedStatistics.');
    if (statistics.length && extended.length) throw invalidParameterCombination('Must specify either Statistics or ExtendedStatistics, but not both.');
    for (const stat of extended) {
      if (!isExtendedStatistic(stat)) throw invalidParameterValue(`The value ${stat} for parameter ExtendedStatistics is not a valid extended statistic.`);
    }
    if (!validPeriod(input.Period)) throw invalidParameterValue('The parameter Period must be a multiple of 60.');
    const start = input.StartTime.getTime();
    const end = input.EndTime.getTime();
    if (start >= end) throw invalidParameterValue('The parameter StartTime must be less than the parameter EndTime.');
    const aligned = alignStart(start, input.Period);
    const requested = Math.ceil((end - aligned) / (input.Period * 1000));
    if (requested > MAX_DATAPOINTS) {
      throw invalidParameterCombination(`You have requested up to ${requested.toLocaleString('en-US')} datapoints, which exceeds the limit of ${MAX_DATAPOINTS.toLocaleString('en-US')}. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`);
    }
    const data = await readData(this.deps.store, context.account, context.region, input, aligned, end, input.Unit);
    const datapoints: Datapoint[] = [];
    for (const [at, inPeriod] of periods(data, aligned, input.Period)) {
      for (const unit of new Set(inPeriod.map((d) => d.unit))) {
        const merged = aggregate(inPeriod.filter((d) => d.unit === unit));
        const point: Datapoint = { Timestamp: new Date(at), Unit: unit as StandardUnit };
        for (const stat of statistics) point[stat] = statisticOf(stat, merged);
        if (extended.length) {
          point.ExtendedStatistics = {};
          for (const stat of extended) {
            const value = statisticOf(stat, merged);
            if (value !== undefined) point.ExtendedStatistics[stat] = value;
          }
        }
        datapoints.push(point);
      }
    }
    return { Label: input.MetricName, Datapoints: datapoints };
  }
}
