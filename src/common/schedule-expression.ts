/**
 * Schedule expressions, as EventBridge rules and Secrets Manager rotations write them: `rate(value unit)` and AWS's six-field
 * `cron(minutes hours day-of-month month day-of-week year)`, evaluated in UTC.
 */

export type Schedule = { kind: 'rate'; everyMs: number } | { kind: 'cron'; cron: CronSchedule };

/** A schedule expression EventBridge would refuse; the provider answers ValidationException. */
export class InvalidScheduleError extends Error {}

const RATE_UNITS: Record<string, number> = { minute: 60_000, minutes: 60_000, hour: 3_600_000, hours: 3_600_000, day: 86_400_000, days: 86_400_000 };
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const DAY_MS = 86_400_000;

export function parseSchedule(expression: string): Schedule {
  const rate = /^rate\((\d+) ([a-z]+)\)$/.exec(expression);
  if (rate) {
    const value = Number(rate[1]);
    const unit = rate[2]!;
    // AWS wants the singular for 1 and the plural otherwise.
    if (!RATE_UNITS[unit] || value < 1 || (value === 1) !== !unit.endsWith('s')) throw invalid();
    return { kind: 'rate', everyMs: value * RATE_UNITS[unit] };
  }
  const cron = /^cron\((.*)\)$/.exec(expression);
  if (cron) return { kind: 'cron', cron: parseCron(cron[1]!) };
  throw invalid();
}

/** The first time strictly after `after` (epoch ms) the schedule fires; a rate counts from `origin`. */
export function nextFireTime(schedule: Schedule, after: number, origin: number): number | undefined {
  if (schedule.kind === 'rate') {
    const periods = Math.floor((after - origin) / schedule.everyMs) + 1;
    return origin + Math.max(1, periods) * schedule.everyMs;
  }
  return schedule.cron.next(after);
}

function invalid(): InvalidScheduleError {
  return new InvalidScheduleError('Parameter ScheduleExpression is not valid.');
}

type DayRule =
  | { kind: 'any' }
  | { kind: 'days'; values: Set<number> }
  | { kind: 'weekdays'; values: Set<number> }
  | { kind: 'last'; offset: number }
  | { kind: 'last-weekday' }
  | { kind: 'nearest-weekday'; day: number }
  | { kind: 'last-of-week'; weekday: number }
  | { kind: 'nth-of-week'; weekday: number; nth: number };

class CronSchedule {
  constructor(
    private readonly minutes: Set<number>,
    private readonly hours: Set<number>,
    private readonly dayOfMonth: DayRule,
    private readonly months: Set<number>,
    private readonly dayOfWeek: DayRule,
    private readonly years: Set<number>,
  ) {}

  next(after: number): number | undefined {
    const start = new Date(Math.floor(after / 60_000) * 60_000 + 60_000);
    let day = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
    const lastYear = Math.max(...this.years);
    for (; new Date(day).getUTCFullYear() <= lastYear; day += DAY_MS) {
      if (!this.matchesDay(new Date(day))) continue;
      const fromMinute = day < start.getTime() ? (start.getTime() - day) / 60_000 : 0;
      const minute = this.firstMinuteOfDay(fromMinute);
      if (minute !== undefined) return day + minute * 60_000;
    }
    return undefined;
  }

  private firstMinuteOfDay(from: number): number | undefined {
    for (const hour of [...this.hours].sort((a, b) => a - b)) {
      for (const minute of [...this.minutes].sort((a, b) => a - b)) {
        if (hour * 60 + minute >= from) return hour * 60 + minute;
      }
    }
    return undefined;
  }

  private matchesDay(date: Date): boolean {
    if (!this.years.has(date.getUTCFullYear()) || !this.months.has(date.getUTCMonth() + 1)) return false;
    return matchesDayRule(this.dayOfMonth, date) && matchesDayRule(this.dayOfWeek, date);
  }
}

function matchesDayRule(rule: DayRule, date: Date): boolean {
  const dayOfMonth = date.getUTCDate();
  const weekday = date.getUTCDay() + 1;
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  switch (rule.kind) {
    case 'any':
      return true;
    case 'days':
      return rule.values.has(dayOfMonth);
    case 'weekdays':
      return rule.values.has(weekday);
    case 'last':
      return dayOfMonth === lastDay - rule.offset;
    case 'last-weekday':
      return dayOfMonth === nearestWeekday(date, lastDay, lastDay);
    case 'nearest-weekday':
      return dayOfMonth === nearestWeekday(date, Math.min(rule.day, lastDay), lastDay);
    case 'last-of-week':
      return weekday === rule.weekday && dayOfMonth + 7 > lastDay;
    case 'nth-of-week':
      return weekday === rule.weekday && Math.ceil(dayOfMonth / 7) === rule.nth;
  }
}

/** The weekday nearest to `target` in the same month (a Saturday moves to Friday, a Sunday to Monday). */
function nearestWeekday(date: Date, target: number, lastDay: number): number {
  const weekday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), target)).getUTCDay();
  if (weekday === 6) return target === 1 ? 3 : target - 1;
  if (weekday === 0) return target === lastDay ? target - 2 : target + 1;
  return target;
}

function parseCron(body: string): CronSchedule {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== 6) throw invalid();
  const [minutes, hours, dayOfMonth, months, dayOfWeek, years] = fields as [string, string, string, string, string, string];
  // One of the two day fields must be `?`: AWS does not combine them.
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) throw invalid();
  return new CronSchedule(
    parseSet(minutes, 0, 59),
    parseSet(hours, 0, 23),
    parseDayOfMonth(dayOfMonth),
    parseSet(months, 1, 12, MONTHS),
    parseDayOfWeek(dayOfWeek),
    parseSet(years, 1970, 2199),
  );
}

function parseDayOfMonth(field: string): DayRule {
  if (field === '?' || field === '*') return { kind: 'any' };
  if (field === 'L') return { kind: 'last', offset: 0 };
  if (field === 'LW') return { kind: 'last-weekday' };
  const lastOffset = /^L-(\d+)$/.exec(field);
  if (lastOffset) return { kind: 'last', offset: bounded(lastOffset[1]!, 0, 30) };
  const weekday = /^(\d+)W$/.exec(field);
  if (weekday) return { kind: 'nearest-weekday', day: bounded(weekday[1]!, 1, 31) };
  return { kind: 'days', values: parseSet(field, 1, 31) };
}

function parseDayOfWeek(field: string): DayRule {
  if (field === '?' || field === '*') return { kind: 'any' };
  const last = /^([A-Z0-9]+)L$/.exec(field);
  if (last) return { kind: 'last-of-week', weekday: parseValue(last[1]!, 1, 7, WEEKDAYS) };
  const nth = /^([A-Z0-9]+)#(\d)$/.exec(field);
  if (nth) return { kind: 'nth-of-week', weekday: parseValue(nth[1]!, 1, 7, WEEKDAYS), nth: bounded(nth[2]!, 1, 5) };
  if (field === 'L') return { kind: 'last-of-week', weekday: 7 };
  return { kind: 'weekdays', values: parseSet(field, 1, 7, WEEKDAYS) };
}

/** A list of values, ranges (`a-b`, wrapping around for names like FRI-MON) and steps (`*\/n`, `a/n`, `a-b/n`). */
function parseSet(field: string, min: number, max: number, names?: string[]): Set<number> {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const [range, stepText] = part.split('/') as [string, string | undefined];
    const step = stepText === undefined ? 1 : bounded(stepText, 1, max);
    let low: number;
    let high: number;
    if (range === '*') [low, high] = [min, max];
    else if (range.includes('-')) {
      const [a, b] = range.split('-') as [string, string];
      [low, high] = [parseValue(a, min, max, names), parseValue(b, min, max, names)];
    } else {
      low = parseValue(range, min, max, names);
      high = stepText === undefined ? low : max;
    }
    const span = high >= low ? high - low : high + (max - min + 1) - low;
    for (let offset = 0; offset <= span; offset += step) values.add(((low - min + offset) % (max - min + 1)) + min);
  }
  return values;
}

function parseValue(text: string, min: number, max: number, names?: string[]): number {
  const named = names?.indexOf(text.toUpperCase()) ?? -1;
  if (named >= 0) return named + min;
  return bounded(text, min, max);
}

function bounded(text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text)) throw invalid();
  const value = Number(text);
  if (value < min || value > max) throw invalid();
  return value;
}
