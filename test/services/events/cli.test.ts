import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../../src/index.js';
import { cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { type Clients, clients, queue, receive, uniqueName } from './support.js';

const run = promisify(execFile);

async function aws(endpoint: string, ...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run('aws', ['--output', 'json', 'events', ...args], { env: cliEnv(endpoint) });
  return stdout.trim() ? JSON.parse(stdout) : {};
}

describe('EventBridge through the AWS CLI', () => {
  let nimbus: Nimbus;
  let c: Clients;
  before(async () => {
    nimbus = await startTestNimbus();
    c = clients(nimbus.endpoint);
  });
  after(() => nimbus.stop());

  it('puts a rule and a target, then an event that reaches the queue', async () => {
    const rule = uniqueName('cli-rule');
    const source = uniqueName('com.example.cli');
    const q = await queue(c);
    const put = await aws(nimbus.endpoint, 'put-rule', '--name', rule, '--event-pattern', JSON.stringify({ source: [source], detail: { level: [{ 'anything-but': 'debug' }] } }));
    assert.equal(put.RuleArn, `arn:aws:events:us-east-1:000000000000:rule/${rule}`);
    const targets = await aws(nimbus.endpoint, 'put-targets', '--rule', rule, '--targets', JSON.stringify([{ Id: 'q', Arn: q.arn, InputPath: '$.detail' }]));
    assert.deepEqual(targets, { FailedEntryCount: 0, FailedEntries: [] });
    const entries = [
      { Source: source, DetailType: 'log', Detail: '{"level": "debug", "msg": "skip"}' },
      { Source: source, DetailType: 'log', Detail: '{"level": "error", "msg": "page"}' },
      { DetailType: 'log', Detail: '{}' },
    ];
    const result = (await aws(nimbus.endpoint, 'put-events', '--entries', JSON.stringify(entries))) as { FailedEntryCount: number; Entries: Array<Record<string, string>> };
    assert.equal(result.FailedEntryCount, 1);
    assert.equal(result.Entries[2]!.ErrorCode, 'InvalidArgument');
    assert.deepEqual((await receive(c, q.url)).map((body) => JSON.parse(body)), [{ level: 'error', msg: 'page' }]);
    const listed = (await aws(nimbus.endpoint, 'list-targets-by-rule', '--rule', rule)) as { Targets: Array<Record<string, string>> };
    assert.deepEqual(listed.Targets, [{ Id: 'q', Arn: q.arn, InputPath: '$.detail' }]);
  });

  it('takes a Lambda target with a retry policy and dead-letter queue, and boto3 reads the dead letter', async () => {
    const rule = uniqueName('cli-dead');
    const source = uniqueName('com.example.cli-dead');
    const dlq = await queue(c, uniqueName('cli-dlq'));
    const missing = 'arn:aws:lambda:us-east-1:000000000000:function:never-created:live';
    await aws(nimbus.endpoint, 'put-rule', '--name', rule, '--event-pattern', JSON.stringify({ source: [source] }));
    const target = { Id: 'fn', Arn: missing, RetryPolicy: { MaximumRetryAttempts: 4, MaximumEventAgeInSeconds: 900 }, DeadLetterConfig: { Arn: dlq.arn } };
    assert.deepEqual(await aws(nimbus.endpoint, 'put-targets', '--rule', rule, '--targets', JSON.stringify([target])), { FailedEntryCount: 0, FailedEntries: [] });
    const listed = (await aws(nimbus.endpoint, 'list-targets-by-rule', '--rule', rule)) as { Targets: unknown[] };
    assert.deepEqual(listed.Targets, [target]);
    const put = (await aws(nimbus.endpoint, 'put-events', '--entries', JSON.stringify([{ Source: source, DetailType: 'x', Detail: '{}' }]))) as { Entries: Array<{ EventId: string }> };
    const script = [
      'import boto3, json, sys',
      'sqs = boto3.client("sqs")',
      'for _ in range(10):',
      '    found = sqs.receive_message(QueueUrl=sys.argv[1], MessageAttributeNames=["All"], WaitTimeSeconds=2).get("Messages", [])',
      '    if found:',
      '        m = found[0]',
      '        print(json.dumps({"id": json.loads(m["Body"])["id"], "attributes": {k: v["StringValue"] for k, v in m["MessageAttributes"].items()}}))',
      '        break',
    ].join('\n');
    const { stdout } = await run('python3', ['-c', script, dlq.url], { env: cliEnv(nimbus.endpoint) });
    const letter = JSON.parse(stdout) as { id: string; attributes: Record<string, string> };
    assert.equal(letter.id, put.Entries[0]!.EventId);
    assert.deepEqual(Object.keys(letter.attributes).sort(), ['ERROR_CODE', 'ERROR_MESSAGE', 'RETRY_ATTEMPTS', 'RULE_ARN', 'TARGET_ARN']);
    assert.equal(letter.attributes.TARGET_ARN, missing);
    assert.equal(letter.attributes.ERROR_CODE, 'NO_RESOURCE');
    assert.equal(letter.attributes.RETRY_ATTEMPTS, '0');
  });

  it('reports errors as the CLI prints them', async () => {
    const error = await run('aws', ['events', 'describe-rule', '--name', uniqueName('none')], { env: cliEnv(nimbus.endpoint) }).then(
      () => assert.fail('expected a failure'),
      (failure: { code: number; stderr: string }) => failure,
    );
    assert.equal(error.code, 255); // the AWS CLI v1's exit status for a service error
    assert.match(error.stderr, /ResourceNotFoundException/);
  });
});
