import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import { AlarmRuleError, alarmsOf, parseAlarmRule } from './alarm-rule.js';
import { addHistory } from './alarm-transitions.js';
import { toCompositeAlarm, toMetricAlarm } from './alarm-views.js';
import type { PutCompositeAlarmInput, PutMetricAlarmInput } from './api.generated.js';
import { invalidParameterCombination, invalidParameterValue, limitExceeded } from './errors.js';
import { alarmArn } from './formats.js';
import { validPeriod } from './get-metric-statistics.js';
import { checkQueries } from './metric-queries.js';
import { type AlarmRecord, type MetricAlarmConfiguration, alarmKey, alarms, regionPrefix, sortDimensions } from './state.js';
import { isExtendedStatistic } from './statistics.js';

const TREATMENTS = ['breaching', 'notBreaching', 'ignore', 'missing'];
const ONE_DAY = 86_400;
const MAX_ALARMS_PER_REGION = 10_000;
const BAND_OPERATORS = ['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold'];

function validation(message: string): AwsError {
  return new AwsError('ValidationError', message, 400);
}

/** PutMetricAlarm and PutCompositeAlarm: checked as CloudWatch checks them; an update keeps the state. */
export class AlarmConfigurations {
  constructor(private readonly deps: ServiceDeps) {}

  async putMetricAlarm(input: PutMetricAlarmInput, context: CallContext): Promise<void> {
    const metric = checkMetricAlarm(input);
    await this.save(context, input.AlarmName, 'MetricAlarm', input, { metric });
  }

  async putCompositeAlarm(input: PutCompositeAlarmInput, context: CallContext): Promise<void> {
    let referenced: string[];
    try {
      referenced = alarmsOf(parseAlarmRule(input.AlarmRule));
    } catch (error) {
      if (error instanceof AlarmRuleError) throw validation(`Invalid AlarmRule: ${error.message}.`);
      throw error;
    }
    const composite = {
      alarmRule: input.AlarmRule,
      ...(input.ActionsSuppressor !== undefined ? { actionsSuppressor: input.ActionsSuppressor } : {}),
      ...(input.ActionsSuppressorWaitPeriod !== undefined ? { actionsSuppressorWaitPeriod: input.ActionsSuppressorWaitPeriod } : {}),
      ...(input.ActionsSuppressorExtensionPeriod !== undefined ? { actionsSuppressorExtensionPeriod: input.ActionsSuppressorExtensionPeriod } : {}),
    };
    await this.save(context, input.AlarmName, 'CompositeAlarm', input, { composite }, referenced);
  }

  private async save(
    context: CallContext, name: string, type: AlarmRecord['type'],
    input: PutMetricAlarmInput | PutCompositeAlarmInput, body: Pick<AlarmRecord, 'metric' | 'composite'>, referenced: string[] = [],
  ): Promise<void> {
    const now = this.deps.clock.now();
    await this.deps.store.transaction(async (tx) => {
      const key = alarmKey(context.account, context.region, name);
      const existing = await alarms(tx).get(key);
      if (existing && existing.type !== type) throw validation(`An alarm named ${name} of another type already exists.`);
      if (referenced.includes(name)) throw validation('A composite alarm cannot reference itself in its AlarmRule.');
      const missing: string[] = [];
      for (const child of new Set(referenced)) if (!(await alarms(tx).get(alarmKey(context.account, context.region, child)))) missing.push(child);
      if (missing.length) throw validation(`Could not save the composite alarm as alarms [${missing.join(', ')}] in the alarm rule do not exist`);
      if (!existing && (await alarms(tx).count(regionPrefix(context.account, context.region))) >= MAX_ALARMS_PER_REGION) {
        throw limitExceeded('The maximum number of alarms for this account has been reached.');
      }
      const record: AlarmRecord = {
        account: context.account,
        region: context.region,
        type,
        name,
        arn: alarmArn(context.account, context.region, name),
        ...(input.AlarmDescription !== undefined ? { description: input.AlarmDescription } : {}),
        actionsEnabled: input.ActionsEnabled ?? true,
        okActions: input.OKActions ?? [],
        alarmActions: input.AlarmActions ?? [],
        insufficientDataActions: input.InsufficientDataActions ?? [],
        configurationUpdatedAt: now,
        state: existing?.state ?? { value: 'INSUFFICIENT_DATA', reason: 'Unchecked: Initial alarm creation', updatedAt: now, transitionedAt: now },
        tags: existing?.tags ?? [],
        ...body,
      };
      for (const tag of input.Tags ?? []) {
        record.tags = [...record.tags.filter((t) => t.Key !== tag.Key), tag];
      }
      await alarms(tx).put(key, record);
      const view = type === 'MetricAlarm' ? toMetricAlarm(record) : toCompositeAlarm(record);
      await addHistory(tx, record, {
        timestamp: now,
        historyItemType: 'ConfigurationUpdate',
        historySummary: `Alarm "${name}" ${existing ? 'updated' : 'created'}`,
        historyData: JSON.stringify({ type: existing ? 'Update' : 'Create', version: '1.0', [existing ? 'updatedAlarm' : 'createdAlarm']: view }),
      });
    });
  }
}

function checkMetricAlarm(input: PutMetricAlarmInput): MetricAlarmConfiguration {
  const single = input.MetricName !== undefined || input.Namespace !== undefined || input.Statistic !== undefined || input.ExtendedStatistic !== undefined;
  if (input.Metrics && single) throw invalidParameterCombination('The parameters MetricName, Namespace, Statistic and ExtendedStatistic cannot be used with the parameter Metrics.');
  if (input.EvaluationPeriods === undefined) throw validation('The parameter EvaluationPeriods is required.');
  if (input.ComparisonOperator === undefined) throw validation('The parameter ComparisonOperator is required.');
  if (input.TreatMissingData !== undefined && !TREATMENTS.includes(input.TreatMissingData)) {
    throw validation(`The value ${input.TreatMissingData} for parameter TreatMissingData is invalid. Supported values are [${TREATMENTS.join(', ')}].`);
  }
  if (input.DatapointsToAlarm !== undefined && input.DatapointsToAlarm > input.EvaluationPeriods) {
    throw validation('DatapointsToAlarm must be less than or equal to EvaluationPeriods.');
  }
  const band = BAND_OPERATORS.includes(input.ComparisonOperator);
  if (band && !input.ThresholdMetricId) throw validation(`ComparisonOperators for ranges require ThresholdMetricId to be set`);
  if (!band && input.ThresholdMetricId) throw validation(`ThresholdMetricId can only be used with range ComparisonOperators`);
  if (!band && input.Threshold === undefined) throw validation('The parameter Threshold is required.');
  let period = input.Period;
  if (input.Metrics) {
    checkQueries(input.Metrics, 'Metrics');
    const returning = input.Metrics.filter((q) => q.ReturnData !== false && q.Id !== input.ThresholdMetricId);
    if (returning.length !== 1) throw validation('Exactly one element of the metrics list should return data.');
    if (input.ThresholdMetricId && !input.Metrics.some((q) => q.Id === input.ThresholdMetricId)) throw validation(`The ThresholdMetricId ${input.ThresholdMetricId} is not in the Metrics list.`);
    period = input.Metrics.find((q) => q.MetricStat)?.MetricStat?.Period ?? input.Metrics.find((q) => q.Period)?.Period;
  } else {
    if (input.MetricName === undefined || input.Namespace === undefined) throw validation('The parameters MetricName and Namespace are required when Metrics is not given.');
    if ((input.Statistic === undefined) === (input.ExtendedStatistic === undefined)) {
      throw invalidParameterCombination('Exactly one of the parameters Statistic and ExtendedStatistic must be specified.');
    }
    if (input.ExtendedStatistic !== undefined && !isExtendedStatistic(input.ExtendedStatistic)) {
      throw invalidParameterValue(`The value ${input.ExtendedStatistic} for parameter ExtendedStatistic is not supported.`);
    }
    if (input.Period === undefined) throw validation('The parameter Period is required.');
  }
  if (period !== undefined && !validPeriod(period)) throw validation('Period must be 10, 30 or a multiple of 60.');
  if (period !== undefined && period * input.EvaluationPeriods > ONE_DAY) {
    throw validation('Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400)');
  }
  const config: MetricAlarmConfiguration = {
    dimensions: sortDimensions(input.Dimensions),
    evaluationPeriods: input.EvaluationPeriods,
    comparisonOperator: input.ComparisonOperator,
  };
  const optional = {
    metricName: input.MetricName, namespace: input.Namespace, statistic: input.Statistic, extendedStatistic: input.ExtendedStatistic,
    period: input.Period, unit: input.Unit, datapointsToAlarm: input.DatapointsToAlarm, threshold: input.Threshold,
    treatMissingData: input.TreatMissingData, evaluateLowSampleCountPercentile: input.EvaluateLowSampleCountPercentile,
    metrics: input.Metrics, thresholdMetricId: input.ThresholdMetricId,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (config as unknown as Record<string, unknown>)[key] = value;
  return config;
}
