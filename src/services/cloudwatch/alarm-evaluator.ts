import type { Timer } from '../../clock/clock.js';
import type { ServiceDeps } from '../service-deps.js';
import { type EvaluatedPeriod, evaluateMetricAlarm } from './alarm-evaluation.js';
import { evaluateAlarmRule, parseAlarmRule } from './alarm-rule.js';
import { transition } from './alarm-transitions.js';
import type { StateValue } from './api.generated.js';
import { alarmArn, awsTimestamp, longTime } from './formats.js';
import { checkQueries, runQueries } from './metric-queries.js';
import { statisticSeries } from './metric-reader.js';
import { type AlarmRecord, alarmKey, alarms, regionPrefix } from './state.js';

const MINUTE = 60_000;

/**
 * Evaluates every alarm once a minute on the Nimbus clock, at each minute boundary: metric alarms
 * over their last complete periods, then composite alarms over their children's states. Ticks run
 * one after another with the time they were due, so an advance of several minutes evaluates each.
 */
export class AlarmEvaluator {
  private timer: Timer | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly deps: ServiceDeps) {}

  start(): void {
    this.arm(Math.floor(this.deps.clock.now() / MINUTE) * MINUTE + MINUTE);
  }

  private arm(at: number): void {
    this.timer = this.deps.clock.at(at, () => {
      this.arm(at + MINUTE);
      this.running = this.running.then(() => this.evaluateAll(at)).catch((error: unknown) => console.error('nimbus: alarm evaluation failed', error));
    });
  }

  stop(): void {
    this.timer?.cancel();
  }

  async evaluateAll(at: number): Promise<void> {
    const all = await alarms(this.deps.store).list();
    for (const { value } of all) if (value.metric) await this.evaluateMetricAlarm(value, at);
    const regions = new Set(all.filter(({ value }) => value.composite).map(({ value }) => `${value.account}/${value.region}`));
    for (const key of regions) {
      const [account, region] = key.split('/') as [string, string];
      await this.evaluateComposites(account, region, at);
    }
  }

  private async evaluateMetricAlarm(alarm: AlarmRecord, at: number): Promise<void> {
    const config = alarm.metric!;
    const periods = await this.periodsOf(alarm, at);
    const outcome = evaluateMetricAlarm(config, alarm.state.value, periods, at);
    if (!outcome || outcome.state === alarm.state.value) return;
    await this.deps.store.transaction(async (tx) => {
      const current = await alarms(tx).get(alarmKey(alarm.account, alarm.region, alarm.name));
      if (!current || current.configurationUpdatedAt !== alarm.configurationUpdatedAt || current.state.value !== alarm.state.value) return;
      await transition(this.deps, tx, current, { value: outcome.state, reason: outcome.reason, reasonData: outcome.reasonData }, at);
    });
  }

  /** The alarm's evaluation range: its last N complete periods before `at`, oldest first. */
  private async periodsOf(alarm: AlarmRecord, at: number): Promise<EvaluatedPeriod[]> {
    const config = alarm.metric!;
    const periodSeconds = config.period ?? config.metrics?.find((q) => q.MetricStat)?.MetricStat?.Period ?? config.metrics?.find((q) => q.Period)?.Period ?? 60;
    const period = periodSeconds * 1000;
    const end = Math.floor(at / period) * period;
    const start = end - config.evaluationPeriods * period;
    const slots: EvaluatedPeriod[] = [];
    for (let t = start; t < end; t += period) slots.push({ timestamp: t });
    const bySlot = new Map(slots.map((slot) => [slot.timestamp, slot]));
    if (config.metrics) {
      const results = await runQueries({ store: this.deps.store, account: alarm.account, region: alarm.region, start, end }, config.metrics, checkQueries(config.metrics));
      const main = config.metrics.find((q) => q.ReturnData !== false && q.Id !== config.thresholdMetricId) ?? config.metrics[0]!;
      const [series] = results.get(main.Id)?.series ?? [];
      series?.timestamps.forEach((t, i) => {
        const slot = bySlot.get(t);
        if (slot) slot.value = series.values[i];
      });
      if (config.thresholdMetricId) {
        const band = results.get(config.thresholdMetricId)?.series ?? [];
        const [lower, upper] = band.length >= 2 ? band : [band[0], band[0]];
        lower?.timestamps.forEach((t, i) => bySlot.get(t) && (bySlot.get(t)!.lower = lower.values[i]));
        upper?.timestamps.forEach((t, i) => bySlot.get(t) && (bySlot.get(t)!.upper = upper.values[i]));
      }
      return slots;
    }
    const metric = { Namespace: config.namespace, MetricName: config.metricName, Dimensions: config.dimensions };
    const stat = config.extendedStatistic ?? config.statistic ?? 'Average';
    const series = await statisticSeries(this.deps.store, alarm.account, alarm.region, metric, stat, periodSeconds, start, end, config.unit);
    series.timestamps.forEach((t, i) => {
      const slot = bySlot.get(t);
      if (!slot) return;
      slot.value = series.values[i];
      slot.sampleCount = series.sampleCounts[i];
    });
    return slots;
  }

  /** Composite alarms of one account and region, against their children's current states. */
  async evaluateComposites(account: string, region: string, at: number): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const all = (await alarms(tx).list({ prefix: regionPrefix(account, region) })).map((e) => e.value);
      const byName = new Map(all.map((a) => [a.name, a]));
      for (const alarm of all) {
        if (!alarm.composite) continue;
        const stateOf = (name: string): StateValue => byName.get(name)?.state.value ?? 'INSUFFICIENT_DATA';
        let result;
        try {
          result = evaluateAlarmRule(parseAlarmRule(alarm.composite.alarmRule), stateOf);
        } catch {
          continue;
        }
        const value: StateValue = result.value ? 'ALARM' : 'OK';
        const current = byName.get(alarm.name)!;
        if (value === current.state.value) continue;
        const children = result.triggering.map((name) => byName.get(name)).filter((child): child is AlarmRecord => child !== undefined);
        const reason = children.length
          ? `${alarmArn(account, region, children[0]!.name)} transitioned to ${children[0]!.state.value} at ${longTime(children[0]!.state.transitionedAt)}`
          : `The alarm rule evaluated to ${result.value ? 'TRUE' : 'FALSE'}`;
        const reasonData = JSON.stringify({
          triggeringAlarms: children.map((child) => ({ arn: child.arn, state: { value: child.state.value, timestamp: awsTimestamp(child.state.transitionedAt) } })),
        });
        await transition(this.deps, tx, current, { value, reason, reasonData }, at);
        byName.set(alarm.name, (await alarms(tx).get(alarmKey(account, region, alarm.name)))!);
      }
    });
  }
}
