import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, startTestNimbus } from '../../support/nimbus.js';
import { type Clients, clients, eb, isEmpty, receive, ruleToQueue, uniqueName } from './support.js';

describe('EventBridge archive updates and retention', () => {
  let nimbus: Nimbus;
  let c: Clients;
  before(async () => {
    nimbus = await startTestNimbus();
    c = clients(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  const put = (bus: string, source: string, n: number) =>
    c.events.send(new eb.PutEventsCommand({ Entries: [{ Source: source, DetailType: 'reading', Detail: JSON.stringify({ n }), EventBusName: bus }] }));

  it('updates an archive, and forgets events archived longer ago than RetentionDays of clock time', async () => {
    const bus = uniqueName('retained');
    const { EventBusArn } = await c.events.send(new eb.CreateEventBusCommand({ Name: bus }));
    const source = uniqueName('com.example.retention');
    const ArchiveName = uniqueName('arch');
    const { ArchiveArn } = await c.events.send(new eb.CreateArchiveCommand({ ArchiveName, EventSourceArn: EventBusArn!, RetentionDays: 2 }));
    const updated = await c.events.send(new eb.UpdateArchiveCommand({
      ArchiveName, Description: 'sensor readings', EventPattern: JSON.stringify({ source: [source] }), RetentionDays: 1,
    }));
    assert.deepEqual([updated.ArchiveArn, updated.State], [ArchiveArn, 'ENABLED']);
    const described = await c.events.send(new eb.DescribeArchiveCommand({ ArchiveName }));
    assert.deepEqual([described.Description, described.EventPattern, described.RetentionDays], ['sensor readings', JSON.stringify({ source: [source] }), 1]);

    await put(bus, source, 1);
    await put(bus, 'com.example.other', 0);
    await advanceClock(nimbus.endpoint, 12 * 3600);
    await put(bus, source, 2);
    assert.equal((await c.events.send(new eb.DescribeArchiveCommand({ ArchiveName }))).EventCount, 2);
    await advanceClock(nimbus.endpoint, 12 * 3600 + 1);
    const afterOneDay = await c.events.send(new eb.DescribeArchiveCommand({ ArchiveName }));
    assert.equal(afterOneDay.EventCount, 1);
    const listed = (await c.events.send(new eb.ListArchivesCommand({ NamePrefix: ArchiveName }))).Archives?.[0];
    assert.deepEqual([listed?.EventCount, listed?.SizeBytes], [1, afterOneDay.SizeBytes]);

    const target = await ruleToQueue(c, { source: [source] }, {}, bus);
    const ReplayName = uniqueName('replay');
    await c.events.send(new eb.StartReplayCommand({
      ReplayName, EventSourceArn: ArchiveArn!, EventStartTime: new Date(0), EventEndTime: new Date('2100-01-01T00:00:00Z'),
      Destination: { Arn: EventBusArn! },
    }));
    const replayed = (await receive(c, target.url, 1)).map((body) => (JSON.parse(body) as { detail: { n: number } }).detail.n);
    assert.deepEqual(replayed, [2]);
    assert.ok(await isEmpty(c, target.url));

    const done = await c.events.send(new eb.CancelReplayCommand({ ReplayName })).catch((error: { name: string }) => error.name);
    assert.equal(done, 'IllegalStatusException');
    const unknown = await c.events.send(new eb.CancelReplayCommand({ ReplayName: `${ReplayName}-gone` })).catch((error: { name: string }) => error.name);
    assert.equal(unknown, 'ResourceNotFoundException');

    const missing = await c.events.send(new eb.UpdateArchiveCommand({ ArchiveName: `${ArchiveName}-gone` })).catch((error: { name: string }) => error.name);
    assert.equal(missing, 'ResourceNotFoundException');
  });
});
