import type { ServiceDeps } from '../service-deps.js';
import { decodeShardIterator, encodeShardIterator } from './iterators.js';
import { Reading } from './reading.js';
import { Streams } from './streams.js';

/** The bus requests Lambda's Kinesis event source pollers make. */
export const LIST_SHARDS = 'kinesis.list-shards';
export const GET_RECORDS = 'kinesis.get-records';

/** Where to read from: after a sequence number already delivered, or a starting position. */
export interface ShardPosition {
  after?: string;
  type?: 'TRIM_HORIZON' | 'LATEST' | 'AT_TIMESTAMP';
  /** Epoch milliseconds, for AT_TIMESTAMP. */
  timestamp?: number;
}

export interface GetRecordsRequest {
  streamArn: string;
  shardId: string;
  position: ShardPosition;
  limit: number;
}

export interface PolledRecord {
  sequenceNumber: string;
  partitionKey: string;
  /** Base64. */
  data: string;
  /** Epoch milliseconds. */
  approximateArrivalTimestamp: number;
}

export interface GetRecordsAnswer {
  records: PolledRecord[];
  /** The position to read from next; absent once a closed shard is read to its end. */
  next?: ShardPosition;
}

/** Answers the pollers through GetShardIterator, GetRecords and ListShards, as any consumer reads. */
export function registerPollerSeams(deps: ServiceDeps): void {
  const reading = new Reading(deps);
  const streams = new Streams(deps);
  deps.bus.respond(LIST_SHARDS, async (payload) => {
    const { streamArn } = payload as { streamArn: string };
    const context = contextOf(streamArn);
    const shards: { shardId: string; parentShardId?: string }[] = [];
    let nextToken: string | undefined;
    do {
      const page = await streams.listShards(nextToken ? { NextToken: nextToken } : { StreamARN: streamArn }, context);
      for (const shard of page.Shards ?? []) shards.push({ shardId: shard.ShardId!, ...(shard.ParentShardId ? { parentShardId: shard.ParentShardId } : {}) });
      nextToken = page.NextToken;
    } while (nextToken);
    return shards;
  });
  deps.bus.respond(GET_RECORDS, async (payload): Promise<GetRecordsAnswer> => {
    const request = payload as GetRecordsRequest;
    const { position } = request;
    const iterator = position.after !== undefined
      ? encodeShardIterator({ streamArn: request.streamArn, shardId: request.shardId, after: position.after, issuedAt: deps.clock.now() })
      : (await reading.getShardIterator({
        StreamARN: request.streamArn,
        ShardId: request.shardId,
        ShardIteratorType: position.type ?? 'LATEST',
        ...(position.timestamp !== undefined ? { Timestamp: new Date(position.timestamp) } : {}),
      }, contextOf(request.streamArn))).ShardIterator!;
    const output = await reading.getRecords({ ShardIterator: iterator, Limit: request.limit });
    return {
      records: (output.Records ?? []).map((record) => ({
        sequenceNumber: record.SequenceNumber!,
        partitionKey: record.PartitionKey!,
        data: Buffer.from(record.Data!).toString('base64'),
        approximateArrivalTimestamp: record.ApproximateArrivalTimestamp!.getTime(),
      })),
      ...(output.NextShardIterator ? { next: { after: decodeShardIterator(output.NextShardIterator, deps.clock.now()).after } } : {}),
    };
  });
}

function contextOf(streamArn: string) {
  const [, , , region = '', account = ''] = streamArn.split(':');
  return { requestId: '', account, region, accessKeyId: account, endpoint: '', sourceIp: '' };
}
