import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateStreamCommand, GetRecordsCommand, GetShardIteratorCommand, KinesisClient, PutRecordCommand } from '@aws-sdk/client-kinesis';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Nimbus } from '../../src/index.js';
import { clientConfig, startTestNimbus } from '../support/nimbus.js';

// The Kinesis client's default handler speaks only HTTP/2 (cleartext, prior knowledge);
// the STS client speaks HTTP/1.1: both must be served on the one port.
describe('the edge speaks HTTP/1.1 and HTTP/2 on one port', () => {
  let nimbus: Nimbus;
  before(async () => {
    nimbus = await startTestNimbus();
  });
  after(() => nimbus.stop());

  it('serves the Kinesis client with its default HTTP/2 handler', async () => {
    const kinesis = new KinesisClient(clientConfig(nimbus.endpoint));
    try {
      await kinesis.send(new CreateStreamCommand({ StreamName: 'h2', ShardCount: 1 }));
      const put = await kinesis.send(new PutRecordCommand({ StreamName: 'h2', PartitionKey: 'p', Data: Buffer.from('over h2') }));
      const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamName: 'h2', ShardId: put.ShardId, ShardIteratorType: 'TRIM_HORIZON' }));
      const { Records } = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
      assert.deepEqual(Records?.map((r) => Buffer.from(r.Data!).toString()), ['over h2']);
    } finally {
      kinesis.destroy();
    }
  });

  it('still serves HTTP/1.1 clients alongside', async () => {
    const identity = await new STSClient(clientConfig(nimbus.endpoint)).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, '000000000000');
  });
});
