import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../../src/index.js';
import { advanceClock, cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { uniqueName } from './support.js';

const run = promisify(execFile);

describe('CloudWatch Logs through the AWS CLI and boto3', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  async function aws(...args: string[]): Promise<Record<string, unknown>> {
    const { stdout } = await run('aws', ['--output', 'json', 'logs', ...args], { env: cliEnv(nimbus.endpoint) });
    return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
  }

  it('creates a group, puts events, filters them and runs an Insights query with the CLI', async () => {
    const group = uniqueName('cli');
    await aws('create-log-group', '--log-group-name', group);
    await aws('create-log-stream', '--log-group-name', group, '--log-stream-name', 'main');
    const now = Date.now();
    await aws('put-log-events', '--log-group-name', group, '--log-stream-name', 'main', '--log-events',
      JSON.stringify([{ timestamp: now - 2000, message: 'GET /health 200' }, { timestamp: now - 1000, message: 'GET /orders 500' }]));
    const filtered = (await aws('filter-log-events', '--log-group-name', group, '--filter-pattern', '[method, path, status = 5*]')) as { events: Array<{ message: string }> };
    assert.deepEqual(filtered.events.map((event) => event.message), ['GET /orders 500']);
    const { queryId } = (await aws('start-query', '--log-group-name', group, '--start-time', String(Math.floor(now / 1000) - 60),
      '--end-time', String(Math.ceil(now / 1000) + 60), '--query-string', 'parse @message "* * *" as method, path, status | stats count(*) as n by status | sort status')) as { queryId: string };
    await advanceClock(nimbus.endpoint, 2);
    const results = (await aws('get-query-results', '--query-id', queryId)) as { status: string; results: Array<Array<{ field: string; value: string }>> };
    assert.equal(results.status, 'Complete');
    assert.deepEqual(results.results, [[{ field: 'status', value: '200' }, { field: 'n', value: '1' }], [{ field: 'status', value: '500' }, { field: 'n', value: '1' }]]);
  });

  it('reports the exact error code to the CLI', async () => {
    await assert.rejects(aws('describe-log-streams', '--log-group-name', uniqueName('absent')), (error: { stderr: string }) => {
      assert.match(error.stderr, /\(ResourceNotFoundException\) when calling the DescribeLogStreams operation: The specified log group does not exist/);
      return true;
    });
  });

  it('works from boto3: put, get with tokens, and a duplicate group error', async () => {
    const group = uniqueName('boto3');
    const script = `
import boto3, json, sys, time
logs = boto3.client('logs')
group = sys.argv[1]
logs.create_log_group(logGroupName=group)
logs.create_log_stream(logGroupName=group, logStreamName='s')
now = int(time.time() * 1000)
logs.put_log_events(logGroupName=group, logStreamName='s', logEvents=[{'timestamp': now + i, 'message': 'line %d' % i} for i in range(5)])
first = logs.get_log_events(logGroupName=group, logStreamName='s', startFromHead=True, limit=3)
rest = logs.get_log_events(logGroupName=group, logStreamName='s', nextToken=first['nextForwardToken'])
try:
    logs.create_log_group(logGroupName=group)
    code = None
except logs.exceptions.ResourceAlreadyExistsException as error:
    code = error.response['Error']['Code']
print(json.dumps({'first': [e['message'] for e in first['events']], 'rest': [e['message'] for e in rest['events']], 'code': code}))
`;
    const { stdout } = await run('python3', ['-c', script, group], { env: cliEnv(nimbus.endpoint) });
    assert.deepEqual(JSON.parse(stdout), { first: ['line 0', 'line 1', 'line 2'], rest: ['line 3', 'line 4'], code: 'ResourceAlreadyExistsException' });
  });
});
