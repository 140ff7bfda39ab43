import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateFunctionCommand, InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { Nimbus } from '../../../src/index.js';
import { clientConfig, startTestNimbus } from '../../support/nimbus.js';
import { lambdaClient, ROLE, uniqueName, zipOf } from './support.js';

describe('Lambda logs land in CloudWatch Logs', () => {
  let nimbus: Nimbus;
  let lambda: LambdaClient;
  let logs: CloudWatchLogsClient;
  before(async () => {
    nimbus = await startTestNimbus();
    lambda = lambdaClient(nimbus.endpoint);
    logs = new CloudWatchLogsClient(clientConfig(nimbus.endpoint));
  });
  after(() => nimbus.stop());

  /** Deliveries go through the outbox, so the lines arrive shortly after the invocation returns. */
  async function linesOf(logGroupName: string, filterPattern: string, expected: number): Promise<string[]> {
    for (let attempt = 0; ; attempt++) {
      const { events = [] } = await logs.send(new FilterLogEventsCommand({ logGroupName, filterPattern })).catch(() => ({ events: [] }));
      if (events.length >= expected || attempt > 200) return events.map((event) => event.message ?? '');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  it('finds START, the function output, END and REPORT with FilterLogEvents', async () => {
    const name = uniqueName('logged');
    await lambda.send(new CreateFunctionCommand({
      FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler',
      Code: { ZipFile: zipOf({ 'index.js': `exports.handler = async (event) => { console.log('order', event.order); return 'ok'; };` }) },
    }));
    const invoked = await lambda.send(new InvokeCommand({ FunctionName: name, Payload: new TextEncoder().encode('{"order":42}') }));
    const requestId = invoked.$metadata.requestId!;
    const group = `/aws/lambda/${name}`;

    const report = await linesOf(group, `"REPORT RequestId: ${requestId}"`, 1);
    assert.equal(report.length, 1);
    assert.match(report[0]!, /^REPORT RequestId: \S+\s+Duration: [\d.]+ ms\s+Billed Duration: \d+ ms\s+Memory Size: 128 MB\s+Max Memory Used: \d+ MB/);
    const start = await linesOf(group, '"START RequestId"', 1);
    assert.match(start[0]!, new RegExp(`^START RequestId: ${requestId} Version: \\$LATEST`));
    const output = await linesOf(group, 'order', 1);
    assert.ok(output.some((line) => line.includes('order 42')), `the handler's console.log line: ${output.join(' | ')}`);
    const end = await linesOf(group, '"END RequestId"', 1);
    assert.match(end[0]!, new RegExp(`^END RequestId: ${requestId}`));
  });
});
