import { createHash } from 'node:crypto';
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, type CreateStreamCommandInput } from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { clientConfig } from '../../support/nimbus.js';

export { uniqueName, failure } from '../../support/calls.js';

/**
 * A Kinesis client over HTTP/1.1, as most clients speak. The SDK's Kinesis client defaults to an
 * HTTP/2 handler (for SubscribeToShard), which subscriptions.test.ts uses.
 */
export function kinesisClient(endpoint: string): KinesisClient {
  return new KinesisClient(clientConfig(endpoint, { maxAttempts: 1, requestHandler: new NodeHttpHandler() }));
}


/** Creates a stream and waits (on the clock, not on time) until it is ACTIVE. */
export async function createActiveStream(kinesis: KinesisClient, input: Partial<CreateStreamCommandInput> & { StreamName: string }): Promise<string> {
  await kinesis.send(new CreateStreamCommand({ ShardCount: 1, ...input }));
  for (;;) {
    const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: input.StreamName }));
    if (StreamDescriptionSummary!.StreamStatus === 'ACTIVE') return StreamDescriptionSummary!.StreamARN!;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The shard an independent computation routes a partition key to: MD5 as a 128-bit integer, in the shard's range. */
export function expectedShard(partitionKey: string, shards: Array<{ ShardId?: string; HashKeyRange?: { StartingHashKey?: string; EndingHashKey?: string } }>): string {
  const hash = BigInt(`0x${createHash('md5').update(partitionKey).digest('hex')}`);
  const shard = shards.find((candidate) => BigInt(candidate.HashKeyRange!.StartingHashKey!) <= hash && hash <= BigInt(candidate.HashKeyRange!.EndingHashKey!));
  return shard!.ShardId!;
}

