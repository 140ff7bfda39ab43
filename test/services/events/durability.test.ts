import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { advanceClock, cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { clients, eb, queue, receive, uniqueName } from './support.js';

const run = promisify(execFile);

describe('EventBridge state across a restart, and boto3', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'nimbus-events-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps buses, rules and targets, and runs schedules again once EventBridge is loaded', async () => {
    const bus = uniqueName('kept');
    const rule = uniqueName('kept-rule');
    const schedule = uniqueName('kept-schedule');
    const source = uniqueName('com.example.kept');
    const first = await startTestNimbus({ ephemeral: false, dataDir });
    let c = clients(first.endpoint);
    const q = await queue(c);
    await c.events.send(new eb.CreateEventBusCommand({ Name: bus }));
    await c.events.send(new eb.PutRuleCommand({ Name: rule, EventBusName: bus, EventPattern: JSON.stringify({ source: [source] }) }));
    await c.events.send(new eb.PutTargetsCommand({ Rule: rule, EventBusName: bus, Targets: [{ Id: 'q', Arn: q.arn, InputPath: '$.detail' }] }));
    await c.events.send(new eb.PutRuleCommand({ Name: schedule, ScheduleExpression: 'rate(10 minutes)' }));
    await c.events.send(new eb.PutTargetsCommand({ Rule: schedule, Targets: [{ Id: 'q', Arn: q.arn, Input: '"tick"' }] }));
    await first.stop();

    const second = await startTestNimbus({ ephemeral: false, dataDir });
    c = clients(second.endpoint);
    try {
      await c.events.send(new eb.PutEventsCommand({ Entries: [{ Source: source, DetailType: 'x', Detail: '{"after": "restart"}', EventBusName: bus }] }));
      assert.deepEqual(await receive(c, q.url), ['{"after":"restart"}']);
      await advanceClock(second.endpoint, 10 * 60 + 1);
      assert.deepEqual(await receive(c, q.url), ['"tick"']);
    } finally {
      await second.stop();
    }
  });

  it('serves boto3', async () => {
    const nimbus = await startTestNimbus();
    try {
      const script = [
        'import boto3, json',
        'events = boto3.client("events")',
        'events.create_event_bus(Name="py-bus")',
        'events.put_rule(Name="py-rule", EventBusName="py-bus", EventPattern=json.dumps({"detail": {"n": [{"numeric": [">", 1]}]}}))',
        'print(json.dumps(events.put_events(Entries=[{"Source": "py", "DetailType": "t", "Detail": "{}", "EventBusName": "py-bus"}, {"Source": "py", "DetailType": "t"}])["FailedEntryCount"]))',
        'print(json.dumps(events.list_rules(EventBusName="py-bus")["Rules"][0]["Name"]))',
        'try:',
        '    events.describe_rule(Name="nope")',
        'except events.exceptions.ResourceNotFoundException as error:',
        '    print(json.dumps(error.response["Error"]["Code"]))',
      ].join('\n');
      const { stdout } = await run('python3', ['-c', script], { env: cliEnv(nimbus.endpoint) });
      assert.deepEqual(stdout.trim().split('\n').map((line) => JSON.parse(line)), [1, 'py-rule', 'ResourceNotFoundException']);
    } finally {
      await nimbus.stop();
    }
  });
});
