import { AwsError } from '../../common/aws-error.js';
import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type { AlarmEvaluator } from './alarm-evaluator.js';
import { alarmsOf, parseAlarmRule } from './alarm-rule.js';
import { transition } from './alarm-transitions.js';
import { toCompositeAlarm, toMetricAlarm } from './alarm-views.js';
import type {
  DeleteAlarmsInput, DescribeAlarmsForMetricInput, DescribeAlarmsForMetricOutput, DescribeAlarmsInput, DescribeAlarmsOutput,
  DisableAlarmActionsInput, EnableAlarmActionsInput, SetAlarmStateInput,
} from './api.generated.js';
import { invalidFormat, invalidNextToken, resourceNotFound } from './errors.js';
import { type AlarmRecord, alarmKey, alarms, regionPrefix, sortDimensions } from './state.js';

/** DescribeAlarms and friends, DeleteAlarms, Enable/DisableAlarmActions and SetAlarmState. */
export class Alarms {
  constructor(private readonly deps: ServiceDeps, private readonly evaluator: AlarmEvaluator) {}

  async describeAlarms(input: DescribeAlarmsInput, context: CallContext): Promise<DescribeAlarmsOutput> {
    const all = await this.list(context);
    const types = input.AlarmTypes ?? ['MetricAlarm'];
    const parents = input.ParentsOfAlarmName;
    const children = input.ChildrenOfAlarmName !== undefined ? childNames(all, input.ChildrenOfAlarmName) : undefined;
    const matching = all.filter((alarm) => {
      if (input.AlarmNames && !input.AlarmNames.includes(alarm.name)) return false;
      if (input.AlarmNamePrefix !== undefined && !alarm.name.startsWith(input.AlarmNamePrefix)) return false;
      if (input.StateValue !== undefined && alarm.state.value !== input.StateValue) return false;
      if (input.ActionPrefix !== undefined && ![...alarm.alarmActions, ...alarm.okActions, ...alarm.insufficientDataActions].some((a) => a.startsWith(input.ActionPrefix!))) return false;
      if (children && !children.has(alarm.name)) return false;
      if (parents !== undefined && !(alarm.composite && safeChildren(alarm).includes(parents))) return false;
      // Parent and child queries ignore AlarmTypes.
      return children !== undefined || parents !== undefined || types.includes(alarm.type);
    });
    const { page, nextToken } = paginate(matching, input.MaxRecords ?? 50, input.NextToken);
    const output: DescribeAlarmsOutput = {
      MetricAlarms: page.filter((a) => a.type === 'MetricAlarm').map(toMetricAlarm),
      CompositeAlarms: page.filter((a) => a.type === 'CompositeAlarm').map(toCompositeAlarm),
    };
    if (nextToken) output.NextToken = nextToken;
    return output;
  }

  async describeAlarmsForMetric(input: DescribeAlarmsForMetricInput, context: CallContext): Promise<DescribeAlarmsForMetricOutput> {
    const dimensions = JSON.stringify(sortDimensions(input.Dimensions));
    const found = (await this.list(context)).filter((alarm) => {
      const metric = alarm.metric;
      if (!metric || metric.metrics) return false;
      if (metric.metricName !== input.MetricName || metric.namespace !== input.Namespace) return false;
      if (input.Dimensions && JSON.stringify(metric.dimensions) !== dimensions) return false;
      if (input.Statistic !== undefined && metric.statistic !== input.Statistic) return false;
      if (input.ExtendedStatistic !== undefined && metric.extendedStatistic !== input.ExtendedStatistic) return false;
      if (input.Period !== undefined && metric.period !== input.Period) return false;
      return input.Unit === undefined || metric.unit === input.Unit;
    });
    return { MetricAlarms: found.map(toMetricAlarm) };
  }

  async deleteAlarms(input: DeleteAlarmsInput, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const found: AlarmRecord[] = [];
      const missing: string[] = [];
      for (const name of input.AlarmNames) {
        const alarm = await alarms(tx).get(alarmKey(context.account, context.region, name));
        if (alarm) found.push(alarm);
        else missing.push(name);
      }
      if (missing.length) throw resourceNotFound(`${missing.length} of the ${input.AlarmNames.length} alarms specified were not found: [${missing.join(', ')}]`);
      if (found.filter((a) => a.type === 'CompositeAlarm').length > 1) throw new AwsError('ValidationError', 'You can delete no more than one composite alarm in one DeleteAlarms operation.', 400);
      for (const alarm of found) await alarms(tx).delete(alarmKey(context.account, context.region, alarm.name));
    });
  }

  enableAlarmActions(input: EnableAlarmActionsInput, context: CallContext): Promise<void> {
    return this.setActionsEnabled(input.AlarmNames, true, context);
  }

  disableAlarmActions(input: DisableAlarmActionsInput, context: CallContext): Promise<void> {
    return this.setActionsEnabled(input.AlarmNames, false, context);
  }

  async setAlarmState(input: SetAlarmStateInput, context: CallContext): Promise<void> {
    if (input.StateReasonData !== undefined) {
      try {
        JSON.parse(input.StateReasonData);
      } catch {
        throw invalidFormat('The value for parameter StateReasonData must be valid JSON.');
      }
    }
    const now = this.deps.clock.now();
    await this.deps.store.transaction(async (tx) => {
      const alarm = await alarms(tx).get(alarmKey(context.account, context.region, input.AlarmName));
      if (!alarm) throw resourceNotFound(`Alarm ${input.AlarmName} not found`);
      const next = { value: input.StateValue, reason: input.StateReason, ...(input.StateReasonData !== undefined ? { reasonData: input.StateReasonData } : {}) };
      if (alarm.state.value !== input.StateValue) return transition(this.deps, tx, alarm, next, now);
      await alarms(tx).put(alarmKey(context.account, context.region, alarm.name), { ...alarm, state: { ...alarm.state, reason: next.reason, reasonData: next.reasonData, updatedAt: now } });
    });
    await this.evaluator.evaluateComposites(context.account, context.region, now);
  }

  private async setActionsEnabled(names: string[], enabled: boolean, context: CallContext): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      for (const name of names) {
        const key = alarmKey(context.account, context.region, name);
        const alarm = await alarms(tx).get(key);
        if (alarm) await alarms(tx).put(key, { ...alarm, actionsEnabled: enabled });
      }
    });
  }

  private async list(context: CallContext): Promise<AlarmRecord[]> {
    return (await alarms(this.deps.store).list({ prefix: regionPrefix(context.account, context.region) })).map((e) => e.value);
  }
}

function safeChildren(alarm: AlarmRecord): string[] {
  try {
    return alarmsOf(parseAlarmRule(alarm.composite!.alarmRule));
  } catch {
    return [];
  }
}

function childNames(all: AlarmRecord[], parent: string): Set<string> {
  const alarm = all.find((a) => a.name === parent && a.composite);
  return new Set(alarm ? safeChildren(alarm) : []);
}

/** Pages of records in name order; the token is the last name of the page. */
export function paginate<T extends { name: string }>(items: T[], max: number, token: string | undefined): { page: T[]; nextToken?: string } {
  let start = 0;
  if (token !== undefined) {
    const after = Buffer.from(token, 'base64').toString('utf8');
    const index = items.findIndex((item) => item.name > after);
    if (!after) throw invalidNextToken();
    start = index < 0 ? items.length : index;
  }
  const page = items.slice(start, start + max);
  const more = start + max < items.length;
  return more ? { page, nextToken: Buffer.from(page[page.length - 1]!.name).toString('base64') } : { page };
}
