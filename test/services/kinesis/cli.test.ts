import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import type { Nimbus } from '../../../src/index.js';
import { cliEnv, startTestNimbus } from '../../support/nimbus.js';
import { uniqueName } from './clients.js';

const run = promisify(execFile);

async function aws(endpoint: string, ...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run('aws', ['--endpoint-url', endpoint, '--output', 'json', 'kinesis', ...args], { env: cliEnv(endpoint) });
  return stdout.trim() ? JSON.parse(stdout) : {};
}

describe('Kinesis through the AWS CLI', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  // AWS CLI v1 sends a blob argument's text as the bytes (base64-encoding it on the wire) and prints blobs as base64.
  it('creates a stream, puts a record and reads it back', async () => {
    const name = uniqueName('cli');
    await aws(nimbus.endpoint, 'create-stream', '--stream-name', name, '--shard-count', '1');
    const description = (await aws(nimbus.endpoint, 'describe-stream-summary', '--stream-name', name)) as { StreamDescriptionSummary: { StreamStatus: string } };
    assert.equal(description.StreamDescriptionSummary.StreamStatus, 'ACTIVE');
    const put = (await aws(nimbus.endpoint, 'put-record', '--stream-name', name, '--partition-key', 'train-7', '--data', 'speed=80')) as {
      ShardId: string; SequenceNumber: string;
    };
    assert.equal(put.ShardId, 'shardId-000000000000');
    const { ShardIterator } = (await aws(nimbus.endpoint, 'get-shard-iterator', '--stream-name', name, '--shard-id', put.ShardId, '--shard-iterator-type', 'TRIM_HORIZON')) as { ShardIterator: string };
    const got = (await aws(nimbus.endpoint, 'get-records', '--shard-iterator', ShardIterator)) as {
      Records: Array<{ SequenceNumber: string; Data: string; PartitionKey: string }>; NextShardIterator: string; MillisBehindLatest: number;
    };
    assert.equal(got.Records.length, 1);
    assert.equal(Buffer.from(got.Records[0]!.Data, 'base64').toString(), 'speed=80');
    assert.equal(got.Records[0]!.SequenceNumber, put.SequenceNumber);
    assert.equal(got.Records[0]!.PartitionKey, 'train-7');
    assert.equal(got.MillisBehindLatest, 0);
    assert.ok(got.NextShardIterator);
  });

  it('reports a missing stream to the CLI as ResourceNotFoundException', async () => {
    await assert.rejects(aws(nimbus.endpoint, 'describe-stream', '--stream-name', uniqueName('absent')), (error: { stderr: string }) => {
      assert.match(error.stderr, /ResourceNotFoundException/);
      return true;
    });
  });
});
