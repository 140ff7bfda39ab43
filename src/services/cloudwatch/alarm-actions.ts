import { randomUUID } from 'node:crypto';
import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type { MetricDataQuery, StateValue } from './api.generated.js';
import { awsTimestamp, eventTime, regionName } from './formats.js';
import type { AlarmRecord, AlarmState } from './state.js';
import type { InvokeAsyncDelivery } from '../lambda/invoke.js';

/** Writes what a state change causes: actions of the new state (when enabled) and the EventBridge event. */
export async function enqueueStateChange(deps: ServiceDeps, tx: Transaction, alarm: AlarmRecord, previous: AlarmState): Promise<string[]> {
  const executed: string[] = [];
  if (alarm.actionsEnabled) {
    for (const arn of actionsFor(alarm, alarm.state.value)) {
      const service = arn.split(':')[2];
      if (service === 'sns') {
        await deps.bus.enqueue(tx, 'sns.publish', { topicArn: arn, message: JSON.stringify(snsMessage(alarm, previous)), subject: snsSubject(alarm) });
        executed.push(arn);
      } else if (service === 'lambda') {
        await deps.bus.enqueue(tx, 'lambda.invoke-async', {
          functionArn: arn, payload: JSON.stringify(lambdaEvent(alarm, previous)), caller: { principal: 'lambda.alarms.cloudwatch.amazonaws.com', sourceArn: alarm.arn },
        } satisfies InvokeAsyncDelivery);
        executed.push(arn);
      }
    }
  }
  await deps.bus.enqueue(tx, 'events.put-event', {
    busArn: `arn:aws:events:${alarm.region}:${alarm.account}:event-bus/default`,
    event: {
      version: '0',
      id: randomUUID(),
      'detail-type': 'CloudWatch Alarm State Change',
      source: 'aws.cloudwatch',
      account: alarm.account,
      time: eventTime(alarm.state.updatedAt),
      region: alarm.region,
      resources: [alarm.arn],
      detail: alarmDetail(alarm, previous),
    },
  });
  return executed;
}

function actionsFor(alarm: AlarmRecord, state: StateValue): string[] {
  return state === 'ALARM' ? alarm.alarmActions : state === 'OK' ? alarm.okActions : alarm.insufficientDataActions;
}

/** `ALARM: "name" in US East (N. Virginia)`, the subject of the e-mail AWS sends. */
function snsSubject(alarm: AlarmRecord): string {
  const subject = `${alarm.state.value}: "${alarm.name}" in ${regionName(alarm.region)}`;
  return subject.length <= 100 ? subject : `${subject.slice(0, 97)}...`;
}

/** The JSON message CloudWatch publishes to an SNS topic on a state change. */
export function snsMessage(alarm: AlarmRecord, previous: AlarmState): Record<string, unknown> {
  return {
    AlarmName: alarm.name,
    AlarmDescription: alarm.description ?? null,
    AWSAccountId: alarm.account,
    AlarmConfigurationUpdatedTimestamp: awsTimestamp(alarm.configurationUpdatedAt),
    NewStateValue: alarm.state.value,
    NewStateReason: alarm.state.reason,
    StateChangeTime: awsTimestamp(alarm.state.updatedAt),
    Region: regionName(alarm.region),
    AlarmArn: alarm.arn,
    OldStateValue: previous.value,
    OKActions: alarm.okActions,
    AlarmActions: alarm.alarmActions,
    InsufficientDataActions: alarm.insufficientDataActions,
    ...(alarm.composite ? { AlarmRule: alarm.composite.alarmRule, TriggeringChildren: triggeringChildren(alarm) } : { Trigger: trigger(alarm) }),
  };
}

function trigger(alarm: AlarmRecord): Record<string, unknown> {
  const metric = alarm.metric!;
  const common = {
    Period: metric.period ?? metricsPeriod(metric.metrics),
    EvaluationPeriods: metric.evaluationPeriods,
    DatapointsToAlarm: metric.datapointsToAlarm ?? metric.evaluationPeriods,
    ComparisonOperator: metric.comparisonOperator,
    ...(metric.thresholdMetricId ? { ThresholdMetricId: metric.thresholdMetricId } : { Threshold: metric.threshold }),
    TreatMissingData: metric.treatMissingData ?? 'missing',
    EvaluateLowSampleCountPercentile: metric.evaluateLowSampleCountPercentile ?? '',
  };
  if (metric.metrics) {
    return { Metrics: metric.metrics.map(triggerMetric), ...common };
  }
  return {
    MetricName: metric.metricName,
    Namespace: metric.namespace,
    StatisticType: metric.extendedStatistic ? 'ExtendedStatistic' : 'Statistic',
    ...(metric.extendedStatistic ? { ExtendedStatistic: metric.extendedStatistic } : { Statistic: metric.statistic?.toUpperCase() }),
    Unit: metric.unit ?? null,
    Dimensions: metric.dimensions.map((d) => ({ value: d.Value, name: d.Name })),
    ...common,
  };
}

function metricsPeriod(queries: MetricDataQuery[] | undefined): number | undefined {
  return queries?.find((q) => q.MetricStat)?.MetricStat?.Period ?? queries?.find((q) => q.Period)?.Period;
}

function triggerMetric(query: MetricDataQuery): Record<string, unknown> {
  return {
    ...(query.Expression !== undefined ? { Expression: query.Expression } : {}),
    Id: query.Id,
    ...(query.Label !== undefined ? { Label: query.Label } : {}),
    ...(query.MetricStat ? {
      MetricStat: {
        Metric: {
          Dimensions: (query.MetricStat.Metric.Dimensions ?? []).map((d) => ({ value: d.Value, name: d.Name })),
          MetricName: query.MetricStat.Metric.MetricName,
          Namespace: query.MetricStat.Metric.Namespace,
        },
        Period: query.MetricStat.Period,
        Stat: query.MetricStat.Stat,
        ...(query.MetricStat.Unit ? { Unit: query.MetricStat.Unit } : {}),
      },
    } : {}),
    ReturnData: query.ReturnData ?? true,
  };
}

function triggeringChildren(alarm: AlarmRecord): unknown[] {
  try {
    const data = JSON.parse(alarm.state.reasonData ?? '{}') as { triggeringAlarms?: Array<{ arn: string; state: { value: string; timestamp: string } }> };
    return (data.triggeringAlarms ?? []).map((child) => ({ Arn: child.arn, State: { Value: child.state.value, Timestamp: child.state.timestamp } }));
  } catch {
    return [];
  }
}

/** The `alarmData` detail shared by the Lambda alarm event and the EventBridge event. */
function alarmDetail(alarm: AlarmRecord, previous: AlarmState): Record<string, unknown> {
  const state = (s: AlarmState) => ({ value: s.value, reason: s.reason, ...(s.reasonData ? { reasonData: s.reasonData } : {}), timestamp: awsTimestamp(s.updatedAt) });
  const configuration: Record<string, unknown> = { ...(alarm.description !== undefined ? { description: alarm.description } : {}) };
  if (alarm.composite) {
    configuration.alarmRule = alarm.composite.alarmRule;
  } else {
    configuration.metrics = detailMetrics(alarm);
  }
  return { alarmName: alarm.name, state: state(alarm.state), previousState: state(previous), configuration };
}

function detailMetrics(alarm: AlarmRecord): unknown[] {
  const metric = alarm.metric!;
  const queries: MetricDataQuery[] = metric.metrics ?? [{
    Id: randomUUID().replace(/-/g, '').slice(0, 20),
    MetricStat: {
      Metric: { Namespace: metric.namespace, MetricName: metric.metricName, Dimensions: metric.dimensions },
      Period: metric.period ?? 60,
      Stat: metric.extendedStatistic ?? metric.statistic ?? 'Average',
      ...(metric.unit ? { Unit: metric.unit } : {}),
    },
    ReturnData: true,
  }];
  return queries.map((query) => ({
    id: query.Id,
    ...(query.Expression !== undefined ? { expression: query.Expression } : {}),
    ...(query.Label !== undefined ? { label: query.Label } : {}),
    ...(query.MetricStat ? {
      metricStat: {
        metric: {
          namespace: query.MetricStat.Metric.Namespace,
          name: query.MetricStat.Metric.MetricName,
          dimensions: Object.fromEntries((query.MetricStat.Metric.Dimensions ?? []).map((d) => [d.Name, d.Value])),
        },
        period: query.MetricStat.Period,
        stat: query.MetricStat.Stat,
        ...(query.MetricStat.Unit ? { unit: query.MetricStat.Unit } : {}),
      },
    } : {}),
    returnData: query.ReturnData ?? true,
  }));
}

/** The event a Lambda alarm action receives. */
export function lambdaEvent(alarm: AlarmRecord, previous: AlarmState): Record<string, unknown> {
  return {
    source: 'aws.cloudwatch',
    alarmArn: alarm.arn,
    accountId: alarm.account,
    time: awsTimestamp(alarm.state.updatedAt),
    region: alarm.region,
    alarmData: alarmDetail(alarm, previous),
  };
}
