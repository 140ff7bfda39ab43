import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as logs from '@aws-sdk/client-cloudwatch-logs';
import { CreateAliasCommand, PublishVersionCommand } from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { lambdaClient } from '../lambda/support.js';
import { clients, eb, forwardingFunction, queue, receive, uniqueName, type Clients } from './support.js';

/** An event time on whole seconds, as EventBridge writes `time`, a minute in the past. */
function recentTime(): Date {
  return new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
}

describe('EventBridge targets: Lambda functions and CloudWatch Logs groups', () => {
  let nimbus: Nimbus;
  let c: Clients;
  let logsClient: logs.CloudWatchLogsClient;
  before(async () => {
    nimbus = await startTestNimbus();
    c = clients(nimbus.endpoint);
    logsClient = new logs.CloudWatchLogsClient(clientConfig(nimbus.endpoint, { maxAttempts: 1 }));
  });
  after(() => nimbus.stop());

  it('invokes a function with the event, and an alias-qualified one with the transformed input', async () => {
    const inbox = await queue(c, uniqueName('invocations'));
    const functionArn = await forwardingFunction(nimbus.endpoint, inbox.url);
    const lambda = lambdaClient(nimbus.endpoint);
    const { Version } = await lambda.send(new PublishVersionCommand({ FunctionName: functionArn }));
    const { AliasArn } = await lambda.send(new CreateAliasCommand({ FunctionName: functionArn, Name: 'live', FunctionVersion: Version }));
    const source = uniqueName('com.example.orders');
    const rule = uniqueName('to-lambda');
    await c.events.send(new eb.PutRuleCommand({ Name: rule, EventPattern: JSON.stringify({ source: [source] }) }));
    await c.events.send(new eb.PutTargetsCommand({
      Rule: rule,
      Targets: [
        { Id: 'whole', Arn: functionArn },
        { Id: 'shaped', Arn: AliasArn!, InputTransformer: { InputPathsMap: { order: '$.detail.order' }, InputTemplate: '{"order": <order>, "rule": <aws.events.rule-name>}' } },
      ],
    }));
    const time = recentTime();
    const { Entries } = await c.events.send(new eb.PutEventsCommand({
      Entries: [{ Source: source, DetailType: 'Order Placed', Detail: JSON.stringify({ order: 'o-17', total: 12.5 }), Resources: ['arn:aws:s3:::orders'], Time: time }],
    }));

    const invocations = (await receive(c, inbox.url, 2)).map((body) => JSON.parse(body) as Record<string, unknown>);
    assert.equal(invocations.length, 2);
    const whole = invocations.find((event) => 'detail' in event);
    assert.deepEqual(whole, {
      version: '0', id: Entries![0]!.EventId, 'detail-type': 'Order Placed', source, account: '000000000000',
      time: time.toISOString().replace('.000Z', 'Z'), region: 'us-east-1', resources: ['arn:aws:s3:::orders'], detail: { order: 'o-17', total: 12.5 },
    });
    assert.deepEqual(invocations.find((event) => !('detail' in event)), { order: 'o-17', rule });
  });

  it('writes each event into the log group, in a stream named by the event id, at the event time', async () => {
    const logGroupName = `/aws/events/${uniqueName('orders')}`;
    await logsClient.send(new logs.CreateLogGroupCommand({ logGroupName }));
    const { logGroups } = await logsClient.send(new logs.DescribeLogGroupsCommand({ logGroupNamePrefix: logGroupName }));
    const source = uniqueName('com.example.audit');
    const rule = uniqueName('to-logs');
    await c.events.send(new eb.PutRuleCommand({ Name: rule, EventPattern: JSON.stringify({ source: [source] }) }));
    await c.events.send(new eb.PutTargetsCommand({ Rule: rule, Targets: [{ Id: 'log', Arn: logGroups![0]!.arn! }] }));
    const time = recentTime();
    const { Entries } = await c.events.send(new eb.PutEventsCommand({
      Entries: [
        { Source: source, DetailType: 'Audit', Detail: '{"n": 1}', Time: time },
        { Source: source, DetailType: 'Audit', Detail: '{"n": 2}', Time: new Date(time.getTime() + 1000) },
      ],
    }));

    for (const [i, entry] of Entries!.entries()) {
      const events = await logEvents(logGroupName, entry.EventId!);
      assert.equal(events.length, 1);
      const eventTime = time.getTime() + i * 1000;
      assert.equal(events[0]!.timestamp, eventTime);
      assert.deepEqual(JSON.parse(events[0]!.message!), {
        version: '0', id: entry.EventId, 'detail-type': 'Audit', source, account: '000000000000',
        time: new Date(eventTime).toISOString().replace('.000Z', 'Z'), region: 'us-east-1', resources: [], detail: { n: i + 1 },
      });
    }
    const { logStreams } = await logsClient.send(new logs.DescribeLogStreamsCommand({ logGroupName }));
    assert.deepEqual(logStreams!.map((stream) => stream.logStreamName).sort(), Entries!.map((entry) => entry.EventId).sort());
  });

  /** The events of a stream, once the delivery wrote it (deliveries run after PutEvents answers). */
  async function logEvents(logGroupName: string, logStreamName: string): Promise<logs.OutputLogEvent[]> {
    for (let round = 0; round < 100; round++) {
      try {
        const { events = [] } = await logsClient.send(new logs.GetLogEventsCommand({ logGroupName, logStreamName, startFromHead: true }));
        if (events.length) return events;
      } catch (error) {
        if ((error as Error).name !== 'ResourceNotFoundException') throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return [];
  }
});
