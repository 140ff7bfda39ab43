import { InvalidScheduleError, parseSchedule } from '../../common/schedule-expression.js';
import type { RotationRulesType } from './api.generated.js';
import { invalidParameter } from './errors.js';
import type { SecretRecord } from './state.js';

const SECOND_MS = 1000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * A rotation window: Secrets Manager rotates at some time between `start` and `end`, and reports
 * `end` as NextRotationDate. Nimbus rotates at `start`, so tests know when moving the clock rotates.
 */
export interface RotationWindow {
  start: number;
  end: number;
}

/**
 * The next window after `from`. Days (`AutomaticallyAfterDays`, `rate(n days)`) count whole UTC
 * days from `from`'s date; `rate(n hours)` counts from `from`; `cron(...)` starts at its next time.
 * A window lasts `Duration`, else one hour for hourly schedules and the rest of the UTC day otherwise.
 */
export function nextWindow(rules: RotationRulesType, from: number): RotationWindow {
  const duration = rules.Duration === undefined ? undefined : durationOf(rules.Duration);
  const untilDayEnd = (start: number) => ({ start, end: duration === undefined ? dayOf(start) + DAY_MS - SECOND_MS : start + duration });
  const expression = rules.ScheduleExpression;
  if (expression === undefined) {
    if (rules.AutomaticallyAfterDays === undefined) throw invalidParameter('You must specify either AutomaticallyAfterDays or ScheduleExpression in RotationRules.');
    return untilDayEnd(dayOf(from) + rules.AutomaticallyAfterDays * DAY_MS);
  }
  const rate = rateOf(expression);
  if (rate?.unit === 'hours') {
    const start = from + rate.amount * HOUR_MS;
    return { start, end: start + (duration ?? HOUR_MS) };
  }
  if (rate) return untilDayEnd(dayOf(from) + rate.amount * DAY_MS);
  return untilDayEnd(cronStart(expression, from));
}

/** Sets a secret's next rotation window from its rules, counting from `from`. */
export function planNext(secret: SecretRecord, from: number): void {
  const window = secret.rotation.rules ? nextWindow(secret.rotation.rules, from) : undefined;
  secret.rotation.nextWindowStart = window?.start;
  secret.rotation.nextRotationDate = window?.end;
}

export function checkRules(rules: RotationRulesType): void {
  if (rules.AutomaticallyAfterDays !== undefined && rules.ScheduleExpression !== undefined) {
    throw invalidParameter("You can't specify both AutomaticallyAfterDays and ScheduleExpression.");
  }
  if (rules.AutomaticallyAfterDays !== undefined && (rules.AutomaticallyAfterDays < 1 || rules.AutomaticallyAfterDays > 1000)) {
    throw invalidParameter('The rotation interval must be between 1 and 1000 days.');
  }
  if (rules.ScheduleExpression !== undefined && !rateOf(rules.ScheduleExpression)) cronStart(rules.ScheduleExpression, 0);
  if (rules.Duration !== undefined) durationOf(rules.Duration);
}

/** `rate(n hours)` (4 to 23) or `rate(n days)` (1 to 1000); undefined for anything else. */
function rateOf(expression: string): { amount: number; unit: 'hours' | 'days' } | undefined {
  const rate = /^rate\((\d+) (hour|hours|day|days)\)$/.exec(expression);
  if (!rate) return undefined;
  const amount = Number(rate[1]);
  const unit = rate[2]!.startsWith('hour') ? 'hours' : 'days';
  if (unit === 'hours' ? amount < 4 || amount > 23 : amount < 1 || amount > 1000) throw badExpression();
  return { amount, unit };
}

/** The next time a six-field `cron(...)` expression names after `from`, read as EventBridge reads it. */
function cronStart(expression: string, from: number): number {
  if (!expression.startsWith('cron(')) throw badExpression();
  try {
    const schedule = parseSchedule(expression);
    const next = schedule.kind === 'cron' ? schedule.cron.next(from) : undefined;
    if (next === undefined) throw badExpression();
    return next;
  } catch (error) {
    if (error instanceof InvalidScheduleError) throw badExpression();
    throw error;
  }
}

/** `Duration` is whole hours, `1h` to `24h`. */
function durationOf(duration: string): number {
  const match = /^(\d{1,2})h$/.exec(duration);
  const hours = match ? Number(match[1]) : 0;
  if (hours < 1 || hours > 24) throw invalidParameter('The rotation window duration must be between 1h and 24h.');
  return hours * HOUR_MS;
}

function dayOf(epochMs: number): number {
  return epochMs - (epochMs % DAY_MS);
}

function badExpression() {
  return invalidParameter('The schedule expression is invalid.');
}
