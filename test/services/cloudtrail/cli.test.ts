import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Nimbus } from '../../../src/index.js';
import { cliEnv, startTestNimbus } from '../../support/nimbus.js';

const run = promisify(execFile);
let nimbus: Nimbus;

before(async () => {
  nimbus = await startTestNimbus();
});

after(async () => {
  await nimbus.stop();
});

async function aws(...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run('aws', ['--endpoint-url', nimbus.endpoint, '--output', 'json', ...args], { env: cliEnv(nimbus.endpoint) });
  return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
}

describe('CloudTrail through the AWS CLI and boto3', () => {
  it('the CLI looks up a queue it created, and boto3 sees the trail the CLI made', async () => {
    const queue = `cli-trail-queue-${process.pid}`;
    await aws('sqs', 'create-queue', '--queue-name', queue);
    const found = await aws('cloudtrail', 'lookup-events', '--lookup-attributes', `AttributeKey=ResourceName,AttributeValue=${queue}`);
    const events = found.Events as Array<{ EventName: string; EventSource: string; CloudTrailEvent: string }>;
    assert.equal(events.length, 1);
    assert.equal(events[0]!.EventName, 'CreateQueue');
    assert.equal(events[0]!.EventSource, 'sqs.amazonaws.com');
    assert.match((JSON.parse(events[0]!.CloudTrailEvent) as { userAgent: string }).userAgent, /^aws-cli\//);

    await aws('cloudtrail', 'create-trail', '--name', 'cli-trail', '--s3-bucket-name', 'cli-trail-bucket');
    const script = 'import boto3, json, sys; c = boto3.client("cloudtrail", endpoint_url=sys.argv[1]); print(json.dumps([t["Name"] for t in c.describe_trails()["trailList"]]))';
    const { stdout } = await run('python3', ['-c', script, nimbus.endpoint], { env: cliEnv(nimbus.endpoint) });
    assert.deepEqual(JSON.parse(stdout), ['cli-trail']);
  });
});
