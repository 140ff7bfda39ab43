import type { RotationRulesType } from './api.generated.js';
import { invalidParameter } from './errors.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * When a rotation schedule next comes due after `from`: `AutomaticallyAfterDays` and `rate(...)`
 * count from `from`; `cron(...)` takes the next minute and hour its fields allow (day fields are
 * honoured for `*` and `?` only, which is what rotation schedules use).
 */
export function nextRotation(rules: RotationRulesType, from: number): number {
  if (rules.ScheduleExpression) return nextFromExpression(rules.ScheduleExpression, from);
  if (rules.AutomaticallyAfterDays !== undefined) return from + rules.AutomaticallyAfterDays * DAY_MS;
  throw invalidParameter('You must specify either AutomaticallyAfterDays or ScheduleExpression in RotationRules.');
}

export function checkRules(rules: RotationRulesType): void {
  if (rules.AutomaticallyAfterDays !== undefined && rules.ScheduleExpression !== undefined) {
    throw invalidParameter("You can't specify both AutomaticallyAfterDays and ScheduleExpression.");
  }
  if (rules.AutomaticallyAfterDays !== undefined && (rules.AutomaticallyAfterDays < 1 || rules.AutomaticallyAfterDays > 1000)) {
    throw invalidParameter('The rotation interval must be between 1 and 1000 days.');
  }
  if (rules.ScheduleExpression !== undefined) nextFromExpression(rules.ScheduleExpression, 0);
}

function nextFromExpression(expression: string, from: number): number {
  const rate = /^rate\((\d+) (hour|hours|day|days)\)$/.exec(expression);
  if (rate) {
    const amount = Number(rate[1]);
    const hours = rate[2]!.startsWith('hour');
    if (hours ? amount < 4 || amount > 23 : amount < 1 || amount > 1000) throw badExpression();
    return from + amount * (hours ? HOUR_MS : DAY_MS);
  }
  const cron = /^cron\((\S+) (\S+) (\S+) (\S+) (\S+)(?: (\S+))?\)$/.exec(expression);
  if (!cron) throw badExpression();
  const minute = Number(cron[1]);
  const hour = Number(cron[2]);
  if (!Number.isInteger(minute) || !Number.isInteger(hour)) throw badExpression();
  const day = new Date(from);
  let candidate = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute);
  if (candidate <= from) candidate += DAY_MS;
  return candidate;
}

function badExpression() {
  return invalidParameter('The schedule expression is invalid.');
}
