import type { CompositeAlarm, MetricAlarm } from './api.generated.js';
import type { AlarmRecord } from './state.js';

/** DescribeAlarms' view of a metric alarm. */
export function toMetricAlarm(alarm: AlarmRecord): MetricAlarm {
  const metric = alarm.metric!;
  const view: MetricAlarm = {
    AlarmName: alarm.name,
    AlarmArn: alarm.arn,
    AlarmDescription: alarm.description,
    AlarmConfigurationUpdatedTimestamp: new Date(alarm.configurationUpdatedAt),
    ActionsEnabled: alarm.actionsEnabled,
    OKActions: alarm.okActions,
    AlarmActions: alarm.alarmActions,
    InsufficientDataActions: alarm.insufficientDataActions,
    StateValue: alarm.state.value,
    StateReason: alarm.state.reason,
    StateReasonData: alarm.state.reasonData,
    StateUpdatedTimestamp: new Date(alarm.state.updatedAt),
    MetricName: metric.metricName,
    Namespace: metric.namespace,
    Statistic: metric.statistic as MetricAlarm['Statistic'],
    ExtendedStatistic: metric.extendedStatistic,
    Dimensions: metric.dimensions,
    Period: metric.period,
    Unit: metric.unit,
    EvaluationPeriods: metric.evaluationPeriods,
    DatapointsToAlarm: metric.datapointsToAlarm,
    Threshold: metric.threshold,
    ComparisonOperator: metric.comparisonOperator as MetricAlarm['ComparisonOperator'],
    TreatMissingData: metric.treatMissingData,
    EvaluateLowSampleCountPercentile: metric.evaluateLowSampleCountPercentile,
    Metrics: metric.metrics,
    ThresholdMetricId: metric.thresholdMetricId,
    StateTransitionedTimestamp: new Date(alarm.state.transitionedAt),
  };
  return withoutUndefined(view);
}

/** DescribeAlarms' view of a composite alarm. */
export function toCompositeAlarm(alarm: AlarmRecord): CompositeAlarm {
  const composite = alarm.composite!;
  return withoutUndefined({
    ActionsEnabled: alarm.actionsEnabled,
    AlarmActions: alarm.alarmActions,
    AlarmArn: alarm.arn,
    AlarmConfigurationUpdatedTimestamp: new Date(alarm.configurationUpdatedAt),
    AlarmDescription: alarm.description,
    AlarmName: alarm.name,
    AlarmRule: composite.alarmRule,
    InsufficientDataActions: alarm.insufficientDataActions,
    OKActions: alarm.okActions,
    StateReason: alarm.state.reason,
    StateReasonData: alarm.state.reasonData,
    StateUpdatedTimestamp: new Date(alarm.state.updatedAt),
    StateValue: alarm.state.value,
    StateTransitionedTimestamp: new Date(alarm.state.transitionedAt),
    ActionsSuppressor: composite.actionsSuppressor,
    ActionsSuppressorWaitPeriod: composite.actionsSuppressorWaitPeriod,
    ActionsSuppressorExtensionPeriod: composite.actionsSuppressorExtensionPeriod,
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
