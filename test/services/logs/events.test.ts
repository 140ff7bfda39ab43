import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DescribeLogStreamsCommand, FilterLogEventsCommand, GetLogEventsCommand, PutLogEventsCommand, PutRetentionPolicyCommand,
  type CloudWatchLogsClient,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { awsError, groupWithEvents, logsClient } from './support.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('CloudWatch Logs events', () => {
  let nimbus: Nimbus;
  let logs: CloudWatchLogsClient;
  let now: number;
  before(async () => {
    nimbus = await startTestNimbus();
    logs = logsClient(nimbus.endpoint);
    now = Date.now();
  });
  after(() => nimbus.stop());

  const series = (count: number, start: number, step = 1000) => Array.from({ length: count }, (_, i) => ({ timestamp: start + i * step, message: `event ${i}` }));

  it('accepts any sequence token and reports too old, expired and too new events instead of failing', async () => {
    const logGroupName = await groupWithEvents(logs, 'reject', []);
    await logs.send(new PutRetentionPolicyCommand({ logGroupName, retentionInDays: 1 }));
    const answer = await logs.send(new PutLogEventsCommand({
      logGroupName, logStreamName: 'stream-1', sequenceToken: 'not-a-real-token',
      logEvents: [
        { timestamp: now - 15 * DAY, message: 'older than 14 days' },
        { timestamp: now - 2 * DAY, message: 'before the retention' },
        { timestamp: now - HOUR, message: 'kept' },
        { timestamp: now + 3 * HOUR, message: 'too far ahead' },
      ],
    }));
    assert.deepEqual(answer.rejectedLogEventsInfo, { tooOldLogEventEndIndex: 1, expiredLogEventEndIndex: 2, tooNewLogEventStartIndex: 3 });
    assert.match(answer.nextSequenceToken!, /^\d+$/);
    const { events } = await logs.send(new GetLogEventsCommand({ logGroupName, logStreamName: 'stream-1', startFromHead: true }));
    assert.deepEqual(events!.map((event) => event.message), ['kept']);
  });

  it('fails whole batches that are out of order, span more than a day, are too large or name no stream', async () => {
    const logGroupName = await groupWithEvents(logs, 'batch', []);
    const put = (logEvents: Array<{ timestamp: number; message: string }>, logStreamName = 'stream-1') => logs.send(new PutLogEventsCommand({ logGroupName, logStreamName, logEvents }));
    await assert.rejects(put([{ timestamp: now, message: 'b' }, { timestamp: now - 1, message: 'a' }]), awsError('InvalidParameterException'));
    await assert.rejects(put([{ timestamp: now - 25 * HOUR, message: 'a' }, { timestamp: now, message: 'b' }]), awsError('InvalidParameterException'));
    const big = 'x'.repeat(200_000);
    await assert.rejects(put(Array.from({ length: 6 }, () => ({ timestamp: now, message: big }))), awsError('InvalidParameterException'));
    await assert.rejects(put(series(10_001, now - 20_000, 1)), awsError('InvalidParameterException'));
    await assert.rejects(put([{ timestamp: now, message: 'a' }], 'absent'), awsError('ResourceNotFoundException'));
    const fits = big.slice(0, 1_048_576 - 26 - 5 * (200_000 + 26));
    await put([...Array.from({ length: 5 }, () => ({ timestamp: now, message: big })), { timestamp: now, message: fits }]);
    await put(series(10_000, now - 20_000, 1));
    const [stream] = (await logs.send(new DescribeLogStreamsCommand({ logGroupName }))).logStreams!;
    assert.equal(stream!.storedBytes, 5 * 200_000 + fits.length + series(10_000, 0, 1).reduce((sum, e) => sum + e.message.length, 0));
  });

  it('pages GetLogEvents forward and backward, returning the same token once caught up', async () => {
    const logGroupName = await groupWithEvents(logs, 'tokens', series(25, now - 60_000));
    const request = { logGroupName, logStreamName: 'stream-1' };
    const forward: string[] = [];
    let token: string | undefined;
    for (;;) {
      const page = await logs.send(new GetLogEventsCommand({ ...request, startFromHead: true, limit: 10, nextToken: token }));
      if (page.nextForwardToken === token) {
        assert.equal(page.events!.length, 0);
        break;
      }
      forward.push(...page.events!.map((event) => event.message!));
      token = page.nextForwardToken;
    }
    assert.deepEqual(forward, series(25, 0).map((event) => event.message));
    const tail = await logs.send(new GetLogEventsCommand({ ...request, limit: 10 }));
    assert.deepEqual(tail.events!.map((event) => event.message), series(25, 0).slice(15).map((event) => event.message));
    const earlier = await logs.send(new GetLogEventsCommand({ ...request, limit: 10, nextToken: tail.nextBackwardToken }));
    assert.deepEqual(earlier.events!.map((event) => event.message), series(25, 0).slice(5, 15).map((event) => event.message));
    const window = await logs.send(new GetLogEventsCommand({ ...request, startTime: now - 50_000, endTime: now - 45_000, startFromHead: true }));
    assert.deepEqual(window.events!.map((event) => event.message), ['event 10', 'event 11', 'event 12', 'event 13', 'event 14']);
    assert.ok(window.events!.every((event) => event.ingestionTime! >= now));
    await logs.send(new PutLogEventsCommand({ ...request, logEvents: [{ timestamp: now, message: 'late arrival' }] }));
    const resumed = await logs.send(new GetLogEventsCommand({ ...request, nextToken: token }));
    assert.deepEqual(resumed.events!.map((event) => event.message), ['late arrival']);
    await assert.rejects(logs.send(new GetLogEventsCommand({ ...request, nextToken: 'garbage' })), awsError('InvalidParameterException'));
    await assert.rejects(logs.send(new GetLogEventsCommand({ logGroupName, logStreamName: 'absent' })), awsError('ResourceNotFoundException'));
  });

  it('filters events across streams in time order with patterns, stream names and pages', async () => {
    const logGroupName = await groupWithEvents(logs, 'filter', [
      { timestamp: now - 5000, message: '[ERROR] disk full' },
      { timestamp: now - 3000, message: '{"level":"warn","latency":320}' },
    ], 'app-1');
    await logs.send(new (await import('@aws-sdk/client-cloudwatch-logs')).CreateLogStreamCommand({ logGroupName, logStreamName: 'web-1' }));
    await logs.send(new PutLogEventsCommand({ logGroupName, logStreamName: 'web-1', logEvents: [
      { timestamp: now - 4000, message: '127.0.0.1 - - [10/Oct/2000:13:35:22 -0700] "GET /index.html HTTP/1.0" 404 -' },
      { timestamp: now - 2000, message: '[ERROR] timeout' },
    ] }));
    const filter = async (input: Record<string, unknown>) => (await logs.send(new FilterLogEventsCommand({ logGroupName, ...input }))).events!;
    assert.deepEqual((await filter({})).map((event) => event.logStreamName), ['app-1', 'web-1', 'app-1', 'web-1']);
    assert.deepEqual((await filter({ filterPattern: 'ERROR' })).map((event) => event.message), ['[ERROR] disk full', '[ERROR] timeout']);
    assert.deepEqual((await filter({ filterPattern: 'ERROR -timeout' })).map((event) => event.message), ['[ERROR] disk full']);
    assert.deepEqual((await filter({ filterPattern: '{ $.latency > 300 }' })).map((event) => event.logStreamName), ['app-1']);
    assert.deepEqual((await filter({ filterPattern: '[ip, id, user, timestamp, request, status_code = 4*, size]' })).map((event) => event.logStreamName), ['web-1']);
    assert.deepEqual((await filter({ logStreamNames: ['web-1'], filterPattern: 'ERROR' })).map((event) => event.message), ['[ERROR] timeout']);
    assert.deepEqual((await filter({ logStreamNamePrefix: 'app', startTime: now - 4000 })).map((event) => event.timestamp), [now - 3000]);
    const [first] = await filter({ limit: 1 });
    assert.match(first!.eventId!, /^\d{56}$/);
    const paged: string[] = [];
    let nextToken: string | undefined;
    do {
      const answer = await logs.send(new FilterLogEventsCommand({ logGroupName, limit: 3, nextToken }));
      paged.push(...answer.events!.map((event) => event.message!));
      nextToken = answer.nextToken;
    } while (nextToken);
    assert.equal(paged.length, 4);
    await assert.rejects(filter({ filterPattern: '{ $.latency > }' }), awsError('InvalidParameterException'));
    await assert.rejects(filter({ logStreamNames: ['a'], logStreamNamePrefix: 'a' }), awsError('InvalidParameterException'));
  });

  it('enforces retention on the clock: expired events vanish from reads and from stored bytes', async () => {
    const logGroupName = await groupWithEvents(logs, 'expiry', [{ timestamp: now - 2 * HOUR, message: 'old enough' }, { timestamp: now, message: 'recent' }]);
    await logs.send(new PutRetentionPolicyCommand({ logGroupName, retentionInDays: 1 }));
    await advanceClock(nimbus.endpoint, 23 * 3600);
    const read = async () => (await logs.send(new GetLogEventsCommand({ logGroupName, logStreamName: 'stream-1', startFromHead: true }))).events!.map((event) => event.message);
    assert.deepEqual(await read(), ['recent']);
    await advanceClock(nimbus.endpoint, 2 * 3600);
    assert.deepEqual(await read(), []);
    assert.deepEqual((await logs.send(new FilterLogEventsCommand({ logGroupName }))).events, []);
    let stream;
    for (let attempt = 0; attempt < 50; attempt++) {
      [stream] = (await logs.send(new DescribeLogStreamsCommand({ logGroupName }))).logStreams!;
      if (stream!.storedBytes === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(stream!.storedBytes, 0);
  });
});
