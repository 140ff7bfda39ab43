import { randomUUID } from 'node:crypto';
import type { Timer } from '../../clock/clock.js';
import type { ServiceDeps } from '../service-deps.js';
import { deliverToTargets } from './deliveries.js';
import { eventTime } from './put-events.js';
import { nextFireTime, parseSchedule, type Schedule } from '../../common/schedule-expression.js';
import { type EventEnvelope, type RuleRecord, rules } from './state.js';

interface Armed {
  schedule: Schedule;
  expression: string;
  createdAt: number;
  timer: Timer;
}

/**
 * Runs scheduled rules on the Nimbus clock. Each enabled rule with a ScheduleExpression has one
 * timer; when it fires the next one is armed at once (so an advance of the clock past several
 * periods fires each of them), and a "Scheduled Event" goes to the rule's targets.
 */
export class Scheduler {
  private readonly armed = new Map<string, Armed>();

  constructor(private readonly deps: ServiceDeps) {}

  async start(): Promise<void> {
    for (const { key, value } of await rules(this.deps.store).list()) this.ruleChanged(key, value);
  }

  /** Arms, moves or drops a rule's timer after the rule was written or deleted. */
  ruleChanged(key: string, rule: RuleRecord | undefined): void {
    const current = this.armed.get(key);
    current?.timer.cancel();
    this.armed.delete(key);
    if (!rule?.scheduleExpression || rule.state === 'DISABLED') return;
    const schedule = parseSchedule(rule.scheduleExpression);
    this.arm(key, { schedule, expression: rule.scheduleExpression, createdAt: rule.createdAt }, this.deps.clock.now());
  }

  private arm(key: string, plan: Omit<Armed, 'timer'>, after: number): void {
    const at = nextFireTime(plan.schedule, after, plan.createdAt);
    if (at === undefined) return;
    const timer = this.deps.clock.at(at, () => {
      this.arm(key, plan, at);
      this.fire(key, plan.expression, at).catch((error: unknown) => console.error('nimbus: a scheduled rule failed to fire', error));
    });
    this.armed.set(key, { ...plan, timer });
  }

  private async fire(key: string, expression: string, at: number): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const rule = await rules(tx).get(key);
      if (!rule || rule.state === 'DISABLED' || rule.scheduleExpression !== expression) return;
      await deliverToTargets(this.deps, tx, rule, scheduledEvent(rule, at));
    });
  }
}

function scheduledEvent(rule: RuleRecord, at: number): EventEnvelope {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: rule.account,
    time: eventTime(at),
    region: rule.region,
    resources: [rule.arn],
    detail: {},
  };
}
