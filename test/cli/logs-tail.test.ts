import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { Nimbus } from '../../src/index.js';
import { clientConfig, cliEnv, startTestNimbus } from '../support/nimbus.js';
import { uniqueName } from '../support/calls.js';
import { awsV2, cli } from './support.js';

const MINUTE = 60_000;

/** How `aws logs tail` prints an event in its default (detailed) format, in UTC. */
function detailed(timestamp: number, stream: string, message: string): string {
  const iso = new Date(timestamp).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000+00:00 ${stream} ${message}`;
}

describe('AWS CLI v2: aws logs tail', { concurrency: true }, async () => {
  const binary = await awsV2();
  let nimbus: Nimbus;
  const group = uniqueName('/cli/tail');
  const now = Date.now();
  // Two streams, events out of order across them: tail interleaves by time.
  const events = [
    { stream: 'web', timestamp: now - 30 * MINUTE + 123, message: 'old start' },
    { stream: 'worker', timestamp: now - 2 * MINUTE + 456, message: 'ERROR disk full' },
    { stream: 'web', timestamp: now - MINUTE + 789, message: 'GET /health 200' },
    { stream: 'worker', timestamp: now - MINUTE + 790, message: 'ERROR retrying' },
  ];
  const line = (event: (typeof events)[number]) => detailed(event.timestamp, event.stream, event.message);

  before(async () => {
    nimbus = await startTestNimbus();
    const logs = new CloudWatchLogsClient(clientConfig(nimbus.endpoint));
    await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
    for (const stream of ['web', 'worker']) {
      await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: stream }));
      const own = events.filter((event) => event.stream === stream).map(({ timestamp, message }) => ({ timestamp, message }));
      await logs.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: stream, logEvents: own }));
    }
  });
  after(() => nimbus?.stop());

  it('prints the last ten minutes of every stream, in time order', { skip: !binary && 'no AWS CLI v2 on this machine (apt-get install awscli)' }, async () => {
    const answer = await cli(binary!, nimbus.endpoint, ['logs', 'tail', group]);
    assert.equal(answer.code, 0, answer.stderr);
    assert.deepEqual(answer.stdout.trimEnd().split('\n'), events.slice(1).map(line));
  });

  it('--since reaches further back, --filter-pattern keeps the matching events', { skip: !binary && 'no AWS CLI v2' }, async () => {
    const all = await cli(binary!, nimbus.endpoint, ['logs', 'tail', group, '--since', '1h']);
    assert.deepEqual(all.stdout.trimEnd().split('\n'), events.map(line));
    const errors = await cli(binary!, nimbus.endpoint, ['logs', 'tail', group, '--since', '1h', '--filter-pattern', 'ERROR']);
    assert.deepEqual(errors.stdout.trimEnd().split('\n'), events.filter((event) => event.message.startsWith('ERROR')).map(line));
    const phrase = await cli(binary!, nimbus.endpoint, ['logs', 'tail', group, '--since', '1h', '--filter-pattern', '"disk full"', '--format', 'short']);
    assert.equal(phrase.stdout.trimEnd(), `${new Date(events[1]!.timestamp).toISOString().slice(0, 19)} ERROR disk full`);
    const oneStream = await cli(binary!, nimbus.endpoint, ['logs', 'tail', group, '--since', '1h', '--log-stream-names', 'web']);
    assert.deepEqual(oneStream.stdout.trimEnd().split('\n'), events.filter((event) => event.stream === 'web').map(line));
  });

  it('--follow prints events put after it started', { skip: !binary && 'no AWS CLI v2' }, async () => {
    // Its own group, so the other cases (running alongside) see theirs as it was.
    const followed = `${group}-followed`;
    const logs = new CloudWatchLogsClient(clientConfig(nimbus.endpoint));
    await logs.send(new CreateLogGroupCommand({ logGroupName: followed }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: followed, logStreamName: 'follow' }));
    const early = { stream: 'follow', timestamp: Date.now() - 1000, message: 'before following' };
    await logs.send(new PutLogEventsCommand({ logGroupName: followed, logStreamName: 'follow', logEvents: [{ timestamp: early.timestamp, message: early.message }] }));
    const child = spawn(binary!, ['--endpoint-url', nimbus.endpoint, 'logs', 'tail', followed, '--follow'], { env: { ...cliEnv(nimbus.endpoint), TZ: 'UTC' } });
    let printed = '';
    const seen = (text: string) => new Promise<void>((resolve, reject) => {
      const check = () => printed.includes(text) && resolve();
      child.stdout.on('data', (chunk: Buffer) => {
        printed += chunk.toString('utf8');
        check();
      });
      child.once('exit', (code) => reject(new Error(`aws logs tail --follow exited (${code}): ${printed}`)));
      check();
    });
    try {
      await seen(line(early));
      const late = { stream: 'follow', timestamp: Date.now(), message: 'arrived while following' };
      await logs.send(new PutLogEventsCommand({ logGroupName: followed, logStreamName: 'follow', logEvents: [{ timestamp: late.timestamp, message: late.message }] }));
      await seen(line(late));
    } finally {
      child.kill();
    }
  });

  it('fails as AWS does for a group that does not exist', { skip: !binary && 'no AWS CLI v2' }, async () => {
    const answer = await cli(binary!, nimbus.endpoint, ['logs', 'tail', `${group}-missing`]);
    assert.equal(answer.code, 254);
    assert.match(answer.stderr, /An error occurred \(ResourceNotFoundException\) when calling the FilterLogEvents operation: The specified log group does not exist\./);
  });
});
