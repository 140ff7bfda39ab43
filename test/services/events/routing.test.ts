import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as kinesis from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { type Clients, clients, eb, isEmpty, queue, receive, ruleToQueue, uniqueName } from './support.js';

describe('EventBridge schedules, bus targets, Kinesis targets, archives and replays', () => {
  let nimbus: Nimbus;
  let c: Clients;
  before(async () => {
    nimbus = await startTestNimbus();
    c = clients(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('fires a rate rule each period as the clock advances, as a Scheduled Event', async () => {
    const rule = uniqueName('every-minute');
    const q = await queue(c);
    const { RuleArn } = await c.events.send(new eb.PutRuleCommand({ Name: rule, ScheduleExpression: 'rate(1 minute)' }));
    await c.events.send(new eb.PutTargetsCommand({ Rule: rule, Targets: [{ Id: 'q', Arn: q.arn }] }));
    assert.ok(await isEmpty(c, q.url));
    await advanceClock(nimbus.endpoint, 3 * 60 + 1);
    const events = (await receive(c, q.url, 3)).map((body) => JSON.parse(body));
    assert.equal(events.length, 3);
    for (const event of events) {
      assert.deepEqual(Object.keys(event).sort(), ['account', 'detail', 'detail-type', 'id', 'region', 'resources', 'source', 'time', 'version']);
      assert.deepEqual([event.version, event['detail-type'], event.source, event.account, event.region, event.resources, event.detail],
        ['0', 'Scheduled Event', 'aws.events', '000000000000', 'us-east-1', [RuleArn], {}]);
      assert.match(event.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    const times = events.map((event) => Date.parse(event.time)).sort();
    assert.deepEqual([times[1]! - times[0]!, times[2]! - times[1]!], [60_000, 60_000]);
    await c.events.send(new eb.DisableRuleCommand({ Name: rule }));
    await advanceClock(nimbus.endpoint, 5 * 60);
    assert.ok(await isEmpty(c, q.url));
  });

  it('fires a cron rule at its minute, in UTC', async () => {
    const rule = uniqueName('cron');
    const q = await queue(c);
    await c.events.send(new eb.PutRuleCommand({ Name: rule, ScheduleExpression: 'cron(0/30 * * * ? *)' }));
    await c.events.send(new eb.PutTargetsCommand({ Rule: rule, Targets: [{ Id: 'q', Arn: q.arn, Input: '{"tick": true}' }] }));
    // Any 30 minutes of clock time hold exactly one :00 or :30 (31 could hold two).
    await advanceClock(nimbus.endpoint, 30 * 60);
    assert.deepEqual(await receive(c, q.url), ['{"tick": true}']);
  });

  it('sends events matched on one bus to another bus, where its own rules route them', async () => {
    const bus = uniqueName('downstream');
    const { EventBusArn } = await c.events.send(new eb.CreateEventBusCommand({ Name: bus }));
    const source = uniqueName('com.example.forward');
    const downstream = await ruleToQueue(c, { source: [source] }, {}, bus);
    const forward = uniqueName('forward');
    await c.events.send(new eb.PutRuleCommand({ Name: forward, EventPattern: JSON.stringify({ source: [source] }) }));
    await c.events.send(new eb.PutTargetsCommand({ Rule: forward, Targets: [{ Id: 'bus', Arn: EventBusArn! }] }));
    const { Entries } = await c.events.send(new eb.PutEventsCommand({ Entries: [{ Source: source, DetailType: 'fwd', Detail: '{"n": 1}' }] }));
    const delivered = JSON.parse((await receive(c, downstream.url))[0]!);
    assert.equal(delivered.id, Entries![0]!.EventId);
    assert.deepEqual(delivered.detail, { n: 1 });
  });

  it('puts records on a Kinesis stream, partitioned by PartitionKeyPath', async () => {
    const streams = new kinesis.KinesisClient(clientConfig(nimbus.endpoint, { maxAttempts: 1, requestHandler: new NodeHttpHandler() }));
    const stream = uniqueName('telemetry');
    await streams.send(new kinesis.CreateStreamCommand({ StreamName: stream, ShardCount: 1 }));
    const { StreamDescriptionSummary } = await streams.send(new kinesis.DescribeStreamSummaryCommand({ StreamName: stream }));
    const source = uniqueName('com.example.kinesis');
    const rule = uniqueName('rule');
    await c.events.send(new eb.PutRuleCommand({ Name: rule, EventPattern: JSON.stringify({ source: [source] }) }));
    await c.events.send(new eb.PutTargetsCommand({ Rule: rule, Targets: [{ Id: 'k', Arn: StreamDescriptionSummary!.StreamARN!, KinesisParameters: { PartitionKeyPath: '$.detail.train' } }] }));
    const { Entries } = await c.events.send(new eb.PutEventsCommand({ Entries: [{ Source: source, DetailType: 'speed', Detail: '{"train": "T-12", "kmh": 80}' }] }));
    const { Shards } = await streams.send(new kinesis.ListShardsCommand({ StreamName: stream }));
    const { ShardIterator } = await streams.send(new kinesis.GetShardIteratorCommand({ StreamName: stream, ShardId: Shards![0]!.ShardId, ShardIteratorType: 'TRIM_HORIZON' }));
    let records: kinesis._Record[] = [];
    for (let iterator = ShardIterator, round = 0; records.length === 0 && round < 50; round++) {
      const page = await streams.send(new kinesis.GetRecordsCommand({ ShardIterator: iterator }));
      records = page.Records ?? [];
      iterator = page.NextShardIterator;
      if (!records.length) await new Promise((resolve) => setImmediate(resolve));
    }
    assert.equal(records.length, 1);
    assert.equal(records[0]!.PartitionKey, 'T-12');
    assert.equal(JSON.parse(Buffer.from(records[0]!.Data!).toString()).id, Entries![0]!.EventId);
  });

  it('archives matching events and replays them in time order to the rules a replay names', async () => {
    const bus = uniqueName('archived');
    const { EventBusArn } = await c.events.send(new eb.CreateEventBusCommand({ Name: bus }));
    const source = uniqueName('com.example.archive');
    const archiveName = uniqueName('arch');
    const { ArchiveArn, State } = await c.events.send(new eb.CreateArchiveCommand({ ArchiveName: archiveName, EventSourceArn: EventBusArn!, EventPattern: JSON.stringify({ source: [source] }) }));
    assert.equal(State, 'ENABLED');
    const times = ['2026-05-01T10:00:02Z', '2026-05-01T10:00:00Z', '2026-05-01T10:00:01Z', '2026-05-01T11:00:00Z'];
    await c.events.send(new eb.PutEventsCommand({ Entries: times.map((time, n) => ({ Source: source, DetailType: 'a', Detail: JSON.stringify({ n }), Time: new Date(time), EventBusName: bus })) }));
    await c.events.send(new eb.PutEventsCommand({ Entries: [{ Source: 'other', DetailType: 'a', Detail: '{}', EventBusName: bus }] }));
    assert.equal((await c.events.send(new eb.DescribeArchiveCommand({ ArchiveName: archiveName }))).EventCount, 4);
    const target = await ruleToQueue(c, { source: [source] }, {}, bus);
    const replayName = uniqueName('replay');
    const started = await c.events.send(new eb.StartReplayCommand({
      ReplayName: replayName, EventSourceArn: ArchiveArn!, EventStartTime: new Date('2026-05-01T09:00:00Z'), EventEndTime: new Date('2026-05-01T10:30:00Z'),
      Destination: { Arn: EventBusArn!, FilterArns: [`arn:aws:events:us-east-1:000000000000:rule/${bus}/${target.rule}`] },
    }));
    assert.equal(started.State, 'STARTING');
    const replayed = (await receive(c, target.url, 3)).map((body) => JSON.parse(body));
    assert.deepEqual(replayed.map((event) => event.detail.n), [1, 2, 0]);
    assert.deepEqual(replayed.map((event) => event['replay-name']), [replayName, replayName, replayName]);
    const described = await c.events.send(new eb.DescribeReplayCommand({ ReplayName: replayName }));
    assert.equal(described.State, 'COMPLETED');
    assert.equal(described.EventLastReplayedTime!.toISOString(), '2026-05-01T10:00:02.000Z');
    assert.equal((await c.events.send(new eb.DescribeArchiveCommand({ ArchiveName: archiveName }))).EventCount, 4);
  });
});
