import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DescribeQueriesCommand, GetQueryResultsCommand, PutLogEventsCommand, StartQueryCommand, StopQueryCommand,
  type CloudWatchLogsClient, type ResultField,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { awsError, groupWithEvents, logsClient } from './support.js';

const LEVELS = ['INFO', 'WARN', 'ERROR'];

describe('CloudWatch Logs Insights', () => {
  let nimbus: Nimbus;
  let logs: CloudWatchLogsClient;
  let logGroupName: string;
  let start: number;
  const events: Array<{ timestamp: number; message: string }> = [];
  before(async () => {
    nimbus = await startTestNimbus();
    logs = logsClient(nimbus.endpoint);
    start = Math.floor((Date.now() - 3_600_000) / 60_000) * 60_000;
    for (let i = 0; i < 10_000; i++) {
      const level = LEVELS[i % 3]!;
      events.push({ timestamp: start + i * 300, message: JSON.stringify({ level, user: `user-${i % 7}`, latency: i % 100, path: `/api/${i % 2 ? 'orders' : 'users'}` }) });
    }
    logGroupName = await groupWithEvents(logs, 'insights', events);
    await logs.send(new PutLogEventsCommand({ logGroupName, logStreamName: 'stream-1', logEvents: [
      { timestamp: start + 3_000_000, message: 'user=alice action=login status=200' },
      { timestamp: start + 3_000_001, message: 'user=bob action=logout status=500' },
    ] }));
  });
  after(() => nimbus.stop());

  /** Starts a query, sees it Running, moves the clock, and returns its completed answer. */
  async function query(queryString: string, extra: Record<string, unknown> = {}) {
    const { queryId } = await logs.send(new StartQueryCommand({
      logGroupName, queryString, startTime: Math.floor(start / 1000), endTime: Math.ceil(Date.now() / 1000), ...extra,
    }));
    assert.ok(['Running', 'Complete'].includes((await logs.send(new GetQueryResultsCommand({ queryId }))).status!));
    await advanceClock(nimbus.endpoint, 2);
    const answer = await logs.send(new GetQueryResultsCommand({ queryId }));
    assert.equal(answer.status, 'Complete');
    return { ...answer, rows: answer.results!.map(toObject), queryId: queryId! };
  }

  const toObject = (row: ResultField[]) => Object.fromEntries(row.map((field) => [field.field!, field.value!]));

  it('counts 10,000 events by a discovered JSON field', async () => {
    const answer = await query('filter ispresent(level) | stats count(*) as n by level | sort level');
    assert.deepEqual(answer.rows, [{ level: 'ERROR', n: '3333' }, { level: 'INFO', n: '3334' }, { level: 'WARN', n: '3333' }]);
    assert.equal(answer.statistics!.recordsScanned, 10_002);
    assert.equal(answer.statistics!.recordsMatched, 10_000);
    assert.ok(answer.statistics!.bytesScanned! > 0);
  });

  it('filters with comparisons, like, regex, in, and/or/not; sorts and limits; shows @ fields', async () => {
    const answer = await query('fields @timestamp, @message, @logStream, @log, latency | filter level = "ERROR" and latency >= 95 and path like /orders/ | sort latency desc, @timestamp asc | limit 3');
    assert.equal(answer.rows.length, 3);
    for (const row of answer.rows) {
      const message = JSON.parse(row['@message']!) as { level: string; latency: number; path: string };
      assert.equal(message.level, 'ERROR');
      assert.ok(message.latency >= 95 && message.path === '/api/orders');
      assert.equal(row.latency, String(message.latency));
      assert.equal(row['@logStream'], 'stream-1');
      assert.equal(row['@log'], `000000000000:${logGroupName}`);
      assert.match(row['@timestamp']!, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/);
      assert.ok(row['@ptr']);
    }
    assert.deepEqual(answer.rows.map((row) => row.latency), ['99', '99', '99']);
    const expected = events.filter((e) => {
      const m = JSON.parse(e.message) as { level: string; user: string };
      return (m.user === 'user-1' || m.user === 'user-2') && !(m.level === 'INFO');
    }).length;
    const counted = await query('filter user in ["user-1", "user-2"] and not level = "INFO" | stats count(*) as n');
    assert.deepEqual(counted.rows, [{ n: String(expected) }]);
    const either = await query('filter level =~ /^ERR/ or latency < 1 | stats count(*) as n');
    assert.equal(either.rows[0]!.n, String(events.filter((e, i) => i % 3 === 2 || i % 100 === 0).length));
  });

  it('aggregates sum, avg, min, max and count_distinct by bin() and field', async () => {
    const answer = await query('filter ispresent(latency) | stats sum(latency) as total, avg(latency) as mean, min(latency) as low, max(latency) as high, count_distinct(user) as users by bin(10m) as period, path | sort period, path | limit 2');
    const period = Math.floor(start / 600_000) * 600_000;
    const first = events.filter((e, i) => e.timestamp < period + 600_000 && i % 2 === 1).map((e) => (JSON.parse(e.message) as { latency: number }).latency);
    const orders = answer.rows.find((row) => row.path === '/api/orders')!;
    assert.equal(orders.period, new Date(period).toISOString().replace('T', ' ').replace('Z', ''));
    assert.equal(orders.total, String(first.reduce((a, b) => a + b, 0)));
    assert.equal(Number(orders.mean), first.reduce((a, b) => a + b, 0) / first.length);
    assert.equal(orders.low, String(Math.min(...first)));
    assert.equal(orders.high, String(Math.max(...first)));
    assert.equal(orders.users, '7');
  });

  it('parses plain text with glob and regular expression forms, and dedups', async () => {
    const glob = await query('parse @message "user=* action=* status=*" as who, action, status | filter ispresent(who) | sort who | display who, action, status');
    assert.deepEqual(glob.rows.map(({ who, action, status }) => ({ who, action, status })), [
      { who: 'alice', action: 'login', status: '200' }, { who: 'bob', action: 'logout', status: '500' },
    ]);
    const regex = await query('parse @message /user=(?<who>\\w+) action=(?<act>\\w+)/ | filter act = "logout" | fields who');
    assert.deepEqual(regex.rows.map((row) => row.who), ['bob']);
    const unique = await query('filter ispresent(user) | dedup user | fields user | sort user');
    assert.deepEqual(unique.rows.map((row) => row.user), ['user-0', 'user-1', 'user-2', 'user-3', 'user-4', 'user-5', 'user-6']);
  });

  it('lists and stops queries, and refuses malformed ones', async () => {
    const { queryId } = await logs.send(new StartQueryCommand({ logGroupName, queryString: 'fields @message', startTime: Math.floor(start / 1000), endTime: Math.ceil(Date.now() / 1000) }));
    assert.equal((await logs.send(new StopQueryCommand({ queryId }))).success, true);
    assert.equal((await logs.send(new GetQueryResultsCommand({ queryId }))).status, 'Cancelled');
    const listed = await logs.send(new DescribeQueriesCommand({ logGroupName, status: 'Cancelled' }));
    assert.deepEqual(listed.queries!.map((q) => [q.queryId, q.queryString, q.logGroupName]), [[queryId, 'fields @message', logGroupName]]);
    await assert.rejects(logs.send(new StartQueryCommand({ logGroupName, queryString: 'frobnicate everything', startTime: 0, endTime: 1 })), awsError('MalformedQueryException'));
    await assert.rejects(logs.send(new StartQueryCommand({ logGroupName: `${logGroupName}-absent`, queryString: 'fields @message', startTime: 0, endTime: 1 })), awsError('ResourceNotFoundException'));
    await assert.rejects(logs.send(new GetQueryResultsCommand({ queryId: '00000000-0000-0000-0000-000000000000' })), awsError('ResourceNotFoundException'));
  });
});
