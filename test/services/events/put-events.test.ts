import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../../src/index.js';
import { startTestNimbus } from '../../support/nimbus.js';
import { type Clients, clients, eb, failure, isEmpty, queue, receive, ruleToQueue, sqs, uniqueName } from './support.js';

describe('EventBridge PutEvents to SQS targets', () => {
  let nimbus: Nimbus;
  let c: Clients;
  before(async () => {
    nimbus = await startTestNimbus();
    c = clients(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  const put = (entries: eb.PutEventsRequestEntry[]) => c.events.send(new eb.PutEventsCommand({ Entries: entries }));

  it('delivers a matching event to the queue in the exact EventBridge envelope', async () => {
    const source = uniqueName('com.example.orders');
    const target = await ruleToQueue(c, { source: [source], detail: { total: [{ numeric: ['>', 100] }] } });
    const time = new Date('2026-03-04T05:06:07Z');
    const result = await put([{ Source: source, DetailType: 'Order Placed', Detail: JSON.stringify({ total: 250, id: 'o-1' }), Resources: ['arn:aws:s3:::bucket'], Time: time }]);
    assert.equal(result.FailedEntryCount, 0);
    const eventId = result.Entries![0]!.EventId!;
    assert.match(eventId, /^[0-9a-f-]{36}$/);
    const [body] = await receive(c, target.url);
    assert.deepEqual(JSON.parse(body!), {
      version: '0', id: eventId, 'detail-type': 'Order Placed', source, account: '000000000000', time: '2026-03-04T05:06:07Z',
      region: 'us-east-1', resources: ['arn:aws:s3:::bucket'], detail: { total: 250, id: 'o-1' },
    });
  });

  it('does not deliver events the pattern does not match, nor to disabled rules', async () => {
    const source = uniqueName('com.example.filter');
    const target = await ruleToQueue(c, { source: [source], detail: { total: [{ numeric: ['>', 100] }] } });
    await put([{ Source: source, DetailType: 'Order Placed', Detail: '{"total": 5}' }]);
    assert.ok(await isEmpty(c, target.url));
    await c.events.send(new eb.DisableRuleCommand({ Name: target.rule }));
    assert.equal((await c.events.send(new eb.DescribeRuleCommand({ Name: target.rule }))).State, 'DISABLED');
    await put([{ Source: source, DetailType: 'Order Placed', Detail: '{"total": 500}' }]);
    assert.ok(await isEmpty(c, target.url));
    await c.events.send(new eb.EnableRuleCommand({ Name: target.rule }));
    await put([{ Source: source, DetailType: 'Order Placed', Detail: '{"total": 501}' }]);
    assert.equal(JSON.parse((await receive(c, target.url))[0]!).detail.total, 501);
  });

  it('sends a constant Input instead of the event', async () => {
    const source = uniqueName('com.example.input');
    const target = await ruleToQueue(c, { source: [source] }, { Input: '{"fixed":true}' });
    await put([{ Source: source, DetailType: 't', Detail: '{}' }]);
    assert.deepEqual(await receive(c, target.url), ['{"fixed":true}']);
  });

  it('sends the part of the event an InputPath selects', async () => {
    const source = uniqueName('com.example.path');
    const target = await ruleToQueue(c, { source: [source] }, { InputPath: '$.detail.order' });
    await put([{ Source: source, DetailType: 't', Detail: '{"order": {"id": "o-9", "lines": [1, 2]}}' }]);
    assert.deepEqual(JSON.parse((await receive(c, target.url))[0]!), { id: 'o-9', lines: [1, 2] });
  });

  it('fills an InputTransformer template from InputPathsMap and the predefined variables, minified', async () => {
    const source = uniqueName('com.example.transform');
    const target = await ruleToQueue(c, { source: [source] }, {
      InputTransformer: {
        InputPathsMap: { id: '$.detail.id', total: '$.detail.total', tags: '$.detail.tags', missing: '$.detail.nothing' },
        InputTemplate: '{\n  "order": "<id>",\n  "total": <total>, "tags": [0, <tags>], "missing": <missing>, "text": "order <id> of <total>",\n  "rule": "<aws.events.rule-name>", "ruleArn": "<aws.events.rule-arn>",\n  "event": <aws.events.event>, "full": <aws.events.event.json>\n}',
      },
    });
    const result = await put([{ Source: source, DetailType: 't', Detail: '{"id": "o-7", "total": 12.5, "tags": ["a"]}' }]);
    const [body] = await receive(c, target.url);
    const delivered = JSON.parse(body!);
    assert.equal(body, JSON.stringify(delivered));
    assert.deepEqual(
      [delivered.order, delivered.total, delivered.tags, delivered.missing, delivered.text, delivered.rule, delivered.ruleArn],
      ['o-7', 12.5, [0, ['a']], null, 'order o-7 of 12.5', target.rule, `arn:aws:events:us-east-1:000000000000:rule/${target.rule}`],
    );
    assert.equal(delivered.event.id, result.Entries![0]!.EventId);
    assert.equal(delivered.event.source, source);
    assert.equal(delivered.event.detail, undefined);
    assert.deepEqual(delivered.full.detail, { id: 'o-7', total: 12.5, tags: ['a'] });
    const reserved = await failure(c.events.send(new eb.PutTargetsCommand({
      Rule: target.rule, Targets: [{ Id: 'r', Arn: target.arn, InputTransformer: { InputPathsMap: { 'aws.events.rule-name': '$.source' }, InputTemplate: '"<aws.events.rule-name>"' } }],
    })));
    assert.equal(reserved.name, 'ValidationException');
  });

  it('fills a string template with the values as text', async () => {
    const source = uniqueName('com.example.text');
    const target = await ruleToQueue(c, { source: [source] }, {
      InputTransformer: { InputPathsMap: { instance: '$.detail.instance', state: '$.detail.state' }, InputTemplate: '"<instance> is in state <state>"' },
    });
    await put([{ Source: source, DetailType: 't', Detail: '{"instance": "i-1", "state": "RUNNING"}' }]);
    assert.deepEqual(await receive(c, target.url), ['"i-1 is in state RUNNING"']);
  });

  it('answers each entry: an EventId, or an ErrorCode and ErrorMessage', async () => {
    const result = await put([
      { Source: 'a', DetailType: 'b', Detail: '{}' },
      { DetailType: 'b', Detail: '{}' },
      { Source: 'a', Detail: '{}' },
      { Source: 'a', DetailType: 'b' },
      { Source: 'a', DetailType: 'b', Detail: 'not json' },
      { Source: 'a', DetailType: 'b', Detail: '[1]' },
      { Source: 'a', DetailType: 'b', Detail: '{}', EventBusName: uniqueName('nobus') },
    ]);
    assert.equal(result.FailedEntryCount, 6);
    assert.ok(result.Entries![0]!.EventId);
    assert.deepEqual(result.Entries!.slice(1).map((entry) => [entry.ErrorCode, entry.ErrorMessage]), [
      ['InvalidArgument', 'Parameter Source is not valid. Reason: Source is a required argument.'],
      ['InvalidArgument', 'Parameter DetailType is not valid. Reason: DetailType is a required argument.'],
      ['InvalidArgument', 'Parameter Detail is not valid. Reason: Detail is a required argument.'],
      ['MalformedDetail', 'Detail is malformed.'],
      ['MalformedDetail', 'Detail is malformed.'],
      ['ResourceNotFoundException', `Event bus ${result.Entries![6]!.ErrorMessage!.split(' ')[2]} does not exist.`],
    ]);
    assert.equal(result.Entries![6]!.EventId, undefined);
  });

  it('accepts ten entries and refuses eleven with ValidationException', async () => {
    const entry = { Source: 'a', DetailType: 'b', Detail: '{}' };
    assert.equal((await put(Array(10).fill(entry))).Entries!.length, 10);
    const error = await failure(put(Array(11).fill(entry)));
    assert.equal(error.name, 'ValidationException');
    assert.equal(error.status, 400);
  });

  it('accepts an entry of nearly 1 MiB and refuses a request past 1 MiB', async () => {
    const source = uniqueName('com.example.big');
    const target = await ruleToQueue(c, { source: [source] }, { InputPath: '$.detail.size' });
    const big = JSON.stringify({ size: 1000 * 1000, pad: 'x'.repeat(1000 * 1000) });
    const accepted = await put([{ Source: source, DetailType: 'big', Detail: big }]);
    assert.equal(accepted.FailedEntryCount, 0);
    assert.deepEqual(await receive(c, target.url), ['1000000']);
    const error = await failure(put([{ Source: source, DetailType: 'big', Detail: JSON.stringify({ pad: 'x'.repeat(1024 * 1024) }) }]));
    assert.equal(error.name, 'ValidationException');
    assert.equal(error.message, 'Total size of the entries in the request is over the limit.');
  });

  it('sends to a FIFO queue with the target MessageGroupId', async () => {
    const source = uniqueName('com.example.fifo');
    const fifo = await queue(c, `${uniqueName('fifo')}.fifo`, { FifoQueue: 'true', ContentBasedDeduplication: 'true' });
    const rule = uniqueName('rule');
    await c.events.send(new eb.PutRuleCommand({ Name: rule, EventPattern: JSON.stringify({ source: [source] }) }));
    const refused = await failure(c.events.send(new eb.PutTargetsCommand({ Rule: rule, Targets: [{ Id: 'f', Arn: fifo.arn }] })));
    assert.equal(refused.name, 'ValidationException');
    await c.events.send(new eb.PutTargetsCommand({ Rule: rule, Targets: [{ Id: 'f', Arn: fifo.arn, SqsParameters: { MessageGroupId: 'g1' } }] }));
    await put([{ Source: source, DetailType: 'one', Detail: '{}' }, { Source: source, DetailType: 'two', Detail: '{}' }]);
    // The two deliveries may land between two receives; a group's next message shows once the previous is deleted.
    const received: sqs.Message[] = [];
    for (let round = 0; round < 10 && received.length < 2; round++) {
      const { Messages = [] } = await c.queues.send(new sqs.ReceiveMessageCommand({ QueueUrl: fifo.url, MaxNumberOfMessages: 10, WaitTimeSeconds: 2, MessageSystemAttributeNames: ['MessageGroupId'] }));
      for (const message of Messages) await c.queues.send(new sqs.DeleteMessageCommand({ QueueUrl: fifo.url, ReceiptHandle: message.ReceiptHandle }));
      received.push(...Messages);
    }
    assert.deepEqual(received.map((m) => JSON.parse(m.Body!)['detail-type']), ['one', 'two']);
    assert.deepEqual(received.map((m) => m.Attributes!.MessageGroupId), ['g1', 'g1']);
  });

  it('puts an event for a queue that does not exist on the target dead-letter queue', async () => {
    const source = uniqueName('com.example.dlq');
    const dlq = await queue(c, uniqueName('dlq'));
    const rule = uniqueName('rule');
    await c.events.send(new eb.PutRuleCommand({ Name: rule, EventPattern: JSON.stringify({ source: [source] }) }));
    await c.events.send(new eb.PutTargetsCommand({
      Rule: rule,
      Targets: [{ Id: 'gone', Arn: 'arn:aws:sqs:us-east-1:000000000000:no-such-queue', DeadLetterConfig: { Arn: dlq.arn }, RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 60 } }],
    }));
    const { Entries } = await put([{ Source: source, DetailType: 'lost', Detail: '{}' }]);
    assert.equal(JSON.parse((await receive(c, dlq.url))[0]!).id, Entries![0]!.EventId);
  });
});
