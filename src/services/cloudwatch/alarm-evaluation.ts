import type { StateValue } from './api.generated.js';
import { awsTimestamp, javaDouble, reasonTime } from './formats.js';
import type { MetricAlarmConfiguration } from './state.js';

/** One period of an alarm's evaluation range: its value, or none when data is missing. */
export interface EvaluatedPeriod {
  timestamp: number;
  value?: number;
  sampleCount?: number;
  /** The band of a ThresholdMetricId alarm at this period. */
  lower?: number;
  upper?: number;
}

export interface Outcome {
  state: StateValue;
  reason: string;
  reasonData: string;
}

const WORDS: Record<string, string> = {
  GreaterThanThreshold: 'greater than',
  GreaterThanOrEqualToThreshold: 'greater than or equal to',
  LessThanThreshold: 'less than',
  LessThanOrEqualToThreshold: 'less than or equal to',
  LessThanLowerOrGreaterThanUpperThreshold: 'outside the band',
  LessThanLowerThreshold: 'less than the lower threshold',
  GreaterThanUpperThreshold: 'greater than the upper threshold',
};

export function breaches(config: MetricAlarmConfiguration, period: EvaluatedPeriod): boolean {
  const value = period.value!;
  const threshold = config.threshold ?? 0;
  switch (config.comparisonOperator) {
    case 'GreaterThanThreshold':
      return value > threshold;
    case 'GreaterThanOrEqualToThreshold':
      return value >= threshold;
    case 'LessThanThreshold':
      return value < threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= threshold;
    case 'LessThanLowerOrGreaterThanUpperThreshold':
      return (period.lower !== undefined && value < period.lower) || (period.upper !== undefined && value > period.upper);
    case 'LessThanLowerThreshold':
      return period.lower !== undefined && value < period.lower;
    case 'GreaterThanUpperThreshold':
      return period.upper !== undefined && value > period.upper;
    default:
      return false;
  }
}

/**
 * Decides a metric alarm's state from its evaluation range (oldest period first), as CloudWatch
 * does: M of N periods breaching means ALARM; missing periods count as TreatMissingData says —
 * `missing` judges on the periods that have data (all missing: INSUFFICIENT_DATA), `ignore` keeps the
 * state when nothing decides, `breaching` and `notBreaching` fill them in. Undefined keeps the state.
 */
export function evaluateMetricAlarm(config: MetricAlarmConfiguration, current: StateValue, periods: EvaluatedPeriod[], queryDate: number): Outcome | undefined {
  const required = config.datapointsToAlarm ?? config.evaluationPeriods;
  const treat = config.treatMissingData ?? 'missing';
  const present = periods.filter((p) => p.value !== undefined);
  const breaching = present.filter((p) => breaches(config, p));
  const missing = periods.length - present.length;
  const data = (state: StateValue, reason: string): Outcome => ({ state, reason, reasonData: reasonData(config, periods, queryDate) });

  if (treat === 'breaching' || treat === 'notBreaching') {
    const filled = breaching.length + (treat === 'breaching' ? missing : 0);
    const state: StateValue = filled >= required ? 'ALARM' : 'OK';
    if (!present.length) return data(state, `Threshold Crossed: no datapoints were received for ${plural(missing, 'period')} and ${plural(missing, 'missing datapoint')} ${missing === 1 ? 'was' : 'were'} treated as [${treat === 'breaching' ? 'Breaching' : 'NonBreaching'}].`);
    return data(state, thresholdReason(config, current, state, periods, state === 'ALARM' ? breaching : present.filter((p) => !breaches(config, p)), required));
  }
  if (!present.length) {
    if (treat === 'ignore') return undefined;
    return data('INSUFFICIENT_DATA', `Insufficient Data: ${plural(periods.length, 'datapoint')} ${periods.length === 1 ? 'was' : 'were'} unknown.`);
  }
  let state: StateValue;
  if (present.length >= required) state = breaching.length >= required ? 'ALARM' : 'OK';
  else if (breaching.length === present.length) {
    if (treat === 'ignore') return undefined;
    state = 'ALARM';
  } else state = 'OK';
  return data(state, thresholdReason(config, current, state, periods, state === 'ALARM' ? breaching : present.filter((p) => !breaches(config, p)), required));
}

function thresholdReason(config: MetricAlarmConfiguration, current: StateValue, state: StateValue, periods: EvaluatedPeriod[], shown: EvaluatedPeriod[], required: number): string {
  const listed = `[${[...shown].reverse().map((p) => `${javaDouble(p.value!)} (${reasonTime(p.timestamp)})`).join(', ')}]`;
  const word = WORDS[config.comparisonOperator] ?? config.comparisonOperator;
  const relation = state === 'ALARM' ? word : `not ${word}`;
  const threshold = config.thresholdMetricId ? '' : ` the threshold (${javaDouble(config.threshold ?? 0)})`;
  const against = config.thresholdMetricId ? '' : threshold;
  if (periods.length === 1) return `Threshold Crossed: 1 datapoint ${listed} was ${relation}${against}.`;
  const minimum = state === 'ALARM' ? required : 1;
  return `Threshold Crossed: ${shown.length} out of the last ${periods.length} datapoints ${listed} ${shown.length === 1 ? 'was' : 'were'} ${relation}${against} (minimum ${plural(minimum, 'datapoint')} for ${current} -> ${state} transition).`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The StateReasonData JSON of a metric alarm's evaluation. */
function reasonData(config: MetricAlarmConfiguration, periods: EvaluatedPeriod[], queryDate: number): string {
  const present = periods.filter((p) => p.value !== undefined);
  const data: Record<string, unknown> = {
    version: '1.0',
    queryDate: awsTimestamp(queryDate),
    startDate: awsTimestamp(periods[0]?.timestamp ?? queryDate),
  };
  if (config.unit) data.unit = config.unit;
  if (config.statistic) data.statistic = config.statistic;
  if (config.extendedStatistic) data.statistic = config.extendedStatistic;
  if (config.period) data.period = config.period;
  data.recentDatapoints = present.map((p) => p.value);
  if (config.threshold !== undefined) data.threshold = config.threshold;
  data.evaluatedDatapoints = [...present].reverse().map((p) => ({
    timestamp: awsTimestamp(p.timestamp),
    ...(p.sampleCount !== undefined ? { sampleCount: p.sampleCount } : {}),
    value: p.value,
  }));
  return JSON.stringify(data);
}
