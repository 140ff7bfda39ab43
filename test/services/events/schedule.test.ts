import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvalidScheduleError, nextFireTime, parseSchedule } from '../../../src/common/schedule-expression.js';

const at = (iso: string) => Date.parse(iso);
const next = (expression: string, after: string, origin = after) => {
  const fire = nextFireTime(parseSchedule(expression), at(after), at(origin));
  return fire === undefined ? undefined : new Date(fire).toISOString();
};

describe('EventBridge schedule expressions', () => {
  it('fires rates a whole period after the rule was created', () => {
    assert.equal(next('rate(5 minutes)', '2026-01-01T00:00:00.000Z'), '2026-01-01T00:05:00.000Z');
    assert.equal(next('rate(1 hour)', '2026-01-01T00:30:00.000Z', '2026-01-01T00:10:00.000Z'), '2026-01-01T01:10:00.000Z');
    assert.equal(next('rate(2 days)', '2026-01-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z'), '2026-01-03T00:00:00.000Z');
  });

  const CRON: Array<[string, string, string]> = [
    // expression, after, next fire
    ['cron(0 10 * * ? *)', '2026-03-04T09:00:00Z', '2026-03-04T10:00:00.000Z'],
    ['cron(0 10 * * ? *)', '2026-03-04T10:00:00Z', '2026-03-05T10:00:00.000Z'],
    ['cron(15 12 * * ? *)', '2026-03-04T12:14:59Z', '2026-03-04T12:15:00.000Z'],
    ['cron(0/15 * * * ? *)', '2026-03-04T12:01:00Z', '2026-03-04T12:15:00.000Z'],
    ['cron(*/10 * * * ? *)', '2026-03-04T12:55:00Z', '2026-03-04T13:00:00.000Z'],
    ['cron(0 18 ? * MON-FRI *)', '2026-03-06T19:00:00Z', '2026-03-09T18:00:00.000Z'], // Friday evening → Monday
    ['cron(0 8 1 * ? *)', '2026-03-04T00:00:00Z', '2026-04-01T08:00:00.000Z'],
    ['cron(0 9 ? * 2#1 *)', '2026-03-04T00:00:00Z', '2026-04-06T09:00:00.000Z'], // first Monday of April
    ['cron(0 9 ? * MON#2 *)', '2026-03-01T00:00:00Z', '2026-03-09T09:00:00.000Z'],
    ['cron(0 0 L * ? *)', '2026-02-03T00:00:00Z', '2026-02-28T00:00:00.000Z'],
    ['cron(0 0 L * ? *)', '2028-02-03T00:00:00Z', '2028-02-29T00:00:00.000Z'], // leap year
    ['cron(0 0 L-2 * ? *)', '2026-04-01T00:00:00Z', '2026-04-28T00:00:00.000Z'],
    ['cron(0 0 ? * 6L *)', '2026-03-01T00:00:00Z', '2026-03-27T00:00:00.000Z'], // last Friday of March
    ['cron(0 12 15W * ? *)', '2026-08-01T00:00:00Z', '2026-08-14T12:00:00.000Z'], // 15 Aug 2026 is a Saturday
    ['cron(0 12 15W * ? *)', '2026-03-01T00:00:00Z', '2026-03-16T12:00:00.000Z'], // 15 Mar 2026 is a Sunday
    ['cron(0 12 1W * ? *)', '2026-08-01T00:00:00Z', '2026-08-03T12:00:00.000Z'], // 1 Aug is a Saturday: Monday the 3rd
    ['cron(0 12 LW * ? *)', '2026-05-01T00:00:00Z', '2026-05-29T12:00:00.000Z'], // 31 May 2026 is a Sunday
    ['cron(30 6 1,15 JAN,JUL ? 2027)', '2026-03-01T00:00:00Z', '2027-01-01T06:30:00.000Z'],
    ['cron(0 0 1 1 ? 2025)', '2026-03-01T00:00:00Z', 'none'],
    ['cron(0 22 ? * FRI-MON *)', '2026-03-03T00:00:00Z', '2026-03-06T22:00:00.000Z'], // wraps the week
    ['cron(5-7 3 * * ? *)', '2026-03-03T03:06:00Z', '2026-03-03T03:07:00.000Z'],
    ['cron(0 1-23/6 * * ? *)', '2026-03-03T02:00:00Z', '2026-03-03T07:00:00.000Z'],
    ['cron(0 0 * * SUN *)', '2026-03-03T00:00:00Z', 'invalid'], // both day fields given
  ];
  for (const [expression, after, expected] of CRON) {
    it(`${expression} after ${after} → ${expected}`, () => {
      if (expected === 'invalid') return assert.throws(() => parseSchedule(expression), InvalidScheduleError);
      assert.equal(next(expression, after) ?? 'none', expected);
    });
  }

  for (const bad of ['rate(0 minutes)', 'rate(1 minutes)', 'rate(5 minute)', 'rate(5 weeks)', 'cron(0 10 * * ?)', 'cron(60 10 * * ? *)', 'cron(0 10 32 * ? *)', 'every 5 minutes', 'cron(0 10 ? * 8 *)']) {
    it(`refuses ${bad}`, () => {
      assert.throws(() => parseSchedule(bad), InvalidScheduleError);
    });
  }
});
