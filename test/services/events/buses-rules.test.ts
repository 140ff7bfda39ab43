import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { type Clients, clients, eb, failure, queue, uniqueName } from './support.js';

describe('EventBridge buses, rules, targets and tags', () => {
  let nimbus: Nimbus;
  let c: Clients;
  before(async () => {
    nimbus = await startTestNimbus();
    c = clients(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('has a default bus and creates, describes, lists and deletes custom buses', async () => {
    const described = await c.events.send(new eb.DescribeEventBusCommand({}));
    assert.equal(described.Name, 'default');
    assert.equal(described.Arn, 'arn:aws:events:us-east-1:000000000000:event-bus/default');
    const name = uniqueName('orders-bus');
    const created = await c.events.send(new eb.CreateEventBusCommand({ Name: name, Description: 'orders', Tags: [{ Key: 'team', Value: 'a' }] }));
    assert.equal(created.EventBusArn, `arn:aws:events:us-east-1:000000000000:event-bus/${name}`);
    const again = await failure(c.events.send(new eb.CreateEventBusCommand({ Name: name })));
    assert.equal(again.name, 'ResourceAlreadyExistsException');
    assert.equal(again.status, 400);
    assert.equal((await c.events.send(new eb.DescribeEventBusCommand({ Name: created.EventBusArn }))).Description, 'orders');
    const listed = await c.events.send(new eb.ListEventBusesCommand({ NamePrefix: 'orders-bus' }));
    assert.deepEqual(listed.EventBuses!.map((bus) => bus.Name), [name]);
    const all = await c.events.send(new eb.ListEventBusesCommand({}));
    assert.ok(all.EventBuses!.some((bus) => bus.Name === 'default'));
    assert.deepEqual((await c.events.send(new eb.ListTagsForResourceCommand({ ResourceARN: created.EventBusArn }))).Tags, [{ Key: 'team', Value: 'a' }]);
    await c.events.send(new eb.DeleteEventBusCommand({ Name: name }));
    const gone = await failure(c.events.send(new eb.DescribeEventBusCommand({ Name: name })));
    assert.equal(gone.name, 'ResourceNotFoundException');
    assert.equal(gone.message, `Event bus ${name} does not exist.`);
    assert.equal((await failure(c.events.send(new eb.DeleteEventBusCommand({ Name: 'default' })))).name, 'ValidationException');
  });

  it('puts, describes, lists by prefix and deletes rules', async () => {
    const prefix = uniqueName('r');
    const pattern = JSON.stringify({ source: ['a'] });
    const { RuleArn } = await c.events.send(new eb.PutRuleCommand({ Name: `${prefix}-one`, EventPattern: pattern, Description: 'first' }));
    assert.equal(RuleArn, `arn:aws:events:us-east-1:000000000000:rule/${prefix}-one`);
    await c.events.send(new eb.PutRuleCommand({ Name: `${prefix}-two`, ScheduleExpression: 'rate(5 minutes)', State: 'DISABLED' }));
    const described = await c.events.send(new eb.DescribeRuleCommand({ Name: `${prefix}-one` }));
    assert.deepEqual(
      { Name: described.Name, Arn: described.Arn, EventPattern: described.EventPattern, State: described.State, Description: described.Description, EventBusName: described.EventBusName },
      { Name: `${prefix}-one`, Arn: RuleArn, EventPattern: pattern, State: 'ENABLED', Description: 'first', EventBusName: 'default' },
    );
    const listed = await c.events.send(new eb.ListRulesCommand({ NamePrefix: prefix }));
    assert.deepEqual(listed.Rules!.map((rule) => [rule.Name, rule.State, rule.ScheduleExpression]), [[`${prefix}-one`, 'ENABLED', undefined], [`${prefix}-two`, 'DISABLED', 'rate(5 minutes)']]);
    const paged = await c.events.send(new eb.ListRulesCommand({ NamePrefix: prefix, Limit: 1 }));
    assert.equal(paged.Rules!.length, 1);
    const rest = await c.events.send(new eb.ListRulesCommand({ NamePrefix: prefix, Limit: 1, NextToken: paged.NextToken }));
    assert.equal(rest.Rules![0]!.Name, `${prefix}-two`);
    assert.equal(rest.NextToken, undefined);
    await c.events.send(new eb.DeleteRuleCommand({ Name: `${prefix}-one` }));
    const missing = await failure(c.events.send(new eb.DescribeRuleCommand({ Name: `${prefix}-one` })));
    assert.equal(missing.name, 'ResourceNotFoundException');
    assert.equal(missing.message, `Rule ${prefix}-one does not exist on EventBus default.`);
  });

  it('refuses rules EventBridge refuses', async () => {
    const noMatch = await failure(c.events.send(new eb.PutRuleCommand({ Name: uniqueName('r') })));
    assert.equal(noMatch.name, 'ValidationException');
    assert.equal(noMatch.message, 'Parameter(s) EventPattern or ScheduleExpression must be specified.');
    const badPattern = await failure(c.events.send(new eb.PutRuleCommand({ Name: uniqueName('r'), EventPattern: '{"source": "aws.ec2"}' })));
    assert.equal(badPattern.name, 'InvalidEventPatternException');
    assert.equal(badPattern.status, 400);
    const badSchedule = await failure(c.events.send(new eb.PutRuleCommand({ Name: uniqueName('r'), ScheduleExpression: 'rate(1 minutes)' })));
    assert.equal(badSchedule.name, 'ValidationException');
    assert.equal(badSchedule.message, 'Parameter ScheduleExpression is not valid.');
    const bus = uniqueName('bus');
    await c.events.send(new eb.CreateEventBusCommand({ Name: bus }));
    const customSchedule = await failure(c.events.send(new eb.PutRuleCommand({ Name: uniqueName('r'), EventBusName: bus, ScheduleExpression: 'rate(1 minute)' })));
    assert.equal(customSchedule.message, 'ScheduleExpression is supported only on the default event bus.');
    const noBus = await failure(c.events.send(new eb.PutRuleCommand({ Name: uniqueName('r'), EventBusName: uniqueName('nobus'), EventPattern: '{}' })));
    assert.equal(noBus.name, 'ResourceNotFoundException');
  });

  it('keeps rules per bus, with the bus in the rule ARN', async () => {
    const bus = uniqueName('bus');
    await c.events.send(new eb.CreateEventBusCommand({ Name: bus }));
    const name = uniqueName('r');
    const { RuleArn } = await c.events.send(new eb.PutRuleCommand({ Name: name, EventBusName: bus, EventPattern: '{"source": ["x"]}' }));
    assert.equal(RuleArn, `arn:aws:events:us-east-1:000000000000:rule/${bus}/${name}`);
    assert.equal((await failure(c.events.send(new eb.DescribeRuleCommand({ Name: name })))).name, 'ResourceNotFoundException');
    assert.equal((await c.events.send(new eb.DescribeRuleCommand({ Name: name, EventBusName: bus }))).EventBusName, bus);
  });

  it('puts, lists and removes targets; a rule with targets cannot be deleted', async () => {
    const rule = uniqueName('r');
    await c.events.send(new eb.PutRuleCommand({ Name: rule, EventPattern: '{"source": ["x"]}' }));
    const q = await queue(c);
    const put = await c.events.send(new eb.PutTargetsCommand({
      Rule: rule,
      Targets: [
        { Id: 'q', Arn: q.arn, RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 120 }, DeadLetterConfig: { Arn: q.arn } },
        { Id: 'k', Arn: 'arn:aws:kinesis:us-east-1:000000000000:stream/s', KinesisParameters: { PartitionKeyPath: '$.detail.id' } },
      ],
    }));
    assert.deepEqual([put.FailedEntryCount, put.FailedEntries], [0, []]);
    const listed = await c.events.send(new eb.ListTargetsByRuleCommand({ Rule: rule }));
    assert.deepEqual(listed.Targets!.map((target) => target.Id), ['q', 'k']);
    assert.deepEqual(listed.Targets![0]!.RetryPolicy, { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 120 });
    assert.deepEqual((await c.events.send(new eb.ListRuleNamesByTargetCommand({ TargetArn: q.arn }))).RuleNames, [rule]);
    const refused = await failure(c.events.send(new eb.DeleteRuleCommand({ Name: rule })));
    assert.equal(refused.name, 'ValidationException');
    assert.equal(refused.message, "Rule can't be deleted since it has targets.");
    const both = await failure(c.events.send(new eb.PutTargetsCommand({ Rule: rule, Targets: [{ Id: 'x', Arn: q.arn, Input: '{}', InputPath: '$.detail' }] })));
    assert.equal(both.name, 'ValidationException');
    const tooMany = await failure(c.events.send(new eb.PutTargetsCommand({ Rule: rule, Targets: ['1', '2', '3', '4'].map((Id) => ({ Id, Arn: q.arn })) })));
    assert.equal(tooMany.name, 'LimitExceededException');
    const removed = await c.events.send(new eb.RemoveTargetsCommand({ Rule: rule, Ids: ['q', 'k'] }));
    assert.equal(removed.FailedEntryCount, 0);
    await c.events.send(new eb.DeleteRuleCommand({ Name: rule }));
    const noRule = await failure(c.events.send(new eb.PutTargetsCommand({ Rule: rule, Targets: [{ Id: 'q', Arn: q.arn }] })));
    assert.equal(noRule.name, 'ResourceNotFoundException');
  });

  it('tags and untags rules', async () => {
    const rule = uniqueName('r');
    const { RuleArn } = await c.events.send(new eb.PutRuleCommand({ Name: rule, EventPattern: '{"source": ["x"]}', Tags: [{ Key: 'a', Value: '1' }] }));
    await c.events.send(new eb.TagResourceCommand({ ResourceARN: RuleArn, Tags: [{ Key: 'b', Value: '2' }, { Key: 'a', Value: '3' }] }));
    assert.deepEqual((await c.events.send(new eb.ListTagsForResourceCommand({ ResourceARN: RuleArn }))).Tags, [{ Key: 'a', Value: '3' }, { Key: 'b', Value: '2' }]);
    await c.events.send(new eb.UntagResourceCommand({ ResourceARN: RuleArn, TagKeys: ['a'] }));
    assert.deepEqual((await c.events.send(new eb.ListTagsForResourceCommand({ ResourceARN: RuleArn }))).Tags, [{ Key: 'b', Value: '2' }]);
    const missing = await failure(c.events.send(new eb.ListTagsForResourceCommand({ ResourceARN: `${RuleArn}-none` })));
    assert.equal(missing.name, 'ResourceNotFoundException');
  });

  it('tests patterns with TestEventPattern', async () => {
    const event = JSON.stringify({ id: '1', account: '123456789012', source: 'aws.ec2', time: '2026-01-01T00:00:00Z', region: 'us-east-1', resources: [], 'detail-type': 'x', detail: { state: 'running', ip: '10.1.2.3' } });
    const test = (pattern: unknown) => c.events.send(new eb.TestEventPatternCommand({ EventPattern: JSON.stringify(pattern), Event: event }));
    assert.equal((await test({ source: ['aws.ec2'], detail: { state: [{ prefix: 'run' }] } })).Result, true);
    assert.equal((await test({ detail: { ip: [{ cidr: '10.0.0.0/16' }] } })).Result, false);
    assert.equal((await test({ detail: { $or: [{ ip: [{ cidr: '10.1.0.0/16' }] }, { state: ['stopped'] }] } })).Result, true);
    const invalid = await failure(test({ source: [{ bogus: 1 }] }));
    assert.equal(invalid.name, 'InvalidEventPatternException');
    const badEvent = await failure(c.events.send(new eb.TestEventPatternCommand({ EventPattern: '{}', Event: '{"source": "a"}' })));
    assert.equal(badEvent.name, 'ValidationException');
  });
});
