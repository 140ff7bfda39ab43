import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { invalidArgument, shardNotFound } from './errors.js';
import { decodeShardIterator, encodeShardIterator } from './iterators.js';
import { decodeSequenceNumber, parseSequenceNumber, shardIndex } from './sequence-numbers.js';
import { findShard, trimHorizon } from './shards.js';
import { addressOf, loadStream, parseStreamArn } from './stream-access.js';
import { dataRecords, recordKey, recordsPrefix, type DataRecord, type ShardRecord, type StreamRecord } from './state.js';

const DEFAULT_LIMIT = 10_000;
/** A GetRecords answer carries at most 10 MiB of data. */
const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** Reading a shard: iterators at each kind of starting position, and GetRecords from them. */
export class Reading {
  constructor(private readonly deps: ServiceDeps) {}

  async getShardIterator(input: api.GetShardIteratorInput, context: CallContext): Promise<api.GetShardIteratorOutput> {
    const stream = await loadStream(this.deps.store, addressOf(input, context));
    const now = this.deps.clock.now();
    const shard = findShard(stream, input.ShardId, now);
    if (!shard) throw shardNotFound(stream, input.ShardId);
    const after = await this.startingPoint(stream, shard, input);
    return { ShardIterator: encodeShardIterator({ streamArn: stream.arn, shardId: shard.shardId, after, issuedAt: now }) };
  }

  async getRecords(input: api.GetRecordsInput): Promise<api.GetRecordsOutput> {
    const now = this.deps.clock.now();
    const iterator = decodeShardIterator(input.ShardIterator, now);
    const stream = await loadStream(this.deps.store, parseStreamArn(iterator.streamArn)!);
    const shard = findShard(stream, iterator.shardId, now);
    if (!shard) throw shardNotFound(stream, iterator.shardId);
    const horizon = trimHorizon(stream, now);
    await this.trim(stream, shard, horizon);
    const { records, more } = await this.read(stream, shard, iterator.after, input.Limit ?? DEFAULT_LIMIT, horizon);
    const last = records[records.length - 1];
    const after = last?.sequenceNumber ?? iterator.after;
    const output: api.GetRecordsOutput = {
      Records: records.map((record) => ({
        SequenceNumber: record.sequenceNumber,
        ApproximateArrivalTimestamp: new Date(record.arrivedAt),
        Data: Buffer.from(record.data, 'base64'),
        PartitionKey: record.partitionKey,
      })),
      MillisBehindLatest: more && last ? Math.max(0, now - last.arrivedAt) : 0,
    };
    if (shard.endingSequenceNumber !== undefined && !more && BigInt(after) >= BigInt(shard.endingSequenceNumber)) {
      output.ChildShards = childShards(stream, shard);
    } else {
      output.NextShardIterator = encodeShardIterator({ ...iterator, after, issuedAt: now });
    }
    return output;
  }

  /** The sequence number an iterator starts after, for each ShardIteratorType. */
  private async startingPoint(stream: StreamRecord, shard: ShardRecord, input: api.GetShardIteratorInput): Promise<string> {
    switch (input.ShardIteratorType) {
      case 'TRIM_HORIZON':
        return '0';
      case 'LATEST':
        return shard.lastSequenceNumber;
      case 'AT_SEQUENCE_NUMBER':
        return (this.sequenceNumberOf(shard, input) - 1n).toString();
      case 'AFTER_SEQUENCE_NUMBER':
        return this.sequenceNumberOf(shard, input).toString();
      case 'AT_TIMESTAMP': {
        if (!input.Timestamp) throw invalidArgument('Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.');
        const at = input.Timestamp.getTime();
        const first = await this.firstArrivedAtOrAfter(stream, shard, at);
        return first ? (BigInt(first.sequenceNumber) - 1n).toString() : shard.lastSequenceNumber;
      }
      default:
        throw invalidArgument(`Invalid ShardIteratorType ${String(input.ShardIteratorType)}.`);
    }
  }

  private sequenceNumberOf(shard: ShardRecord, input: api.GetShardIteratorInput): bigint {
    const text = input.StartingSequenceNumber;
    if (text === undefined) {
      throw invalidArgument(`StartingSequenceNumber must be specified for ShardIteratorType ${input.ShardIteratorType}.`);
    }
    const value = parseSequenceNumber(text);
    const owner = decodeSequenceNumber(text)?.shardIndex;
    if (value === undefined || owner === undefined) throw invalidArgument(`StartingSequenceNumber ${text} used in GetShardIterator on shard ${shard.shardId} is invalid.`);
    if (owner !== shardIndex(shard.shardId)) {
      throw invalidArgument(`Invalid StartingSequenceNumber. It encodes shardId-${String(owner).padStart(12, '0')}, while it was used in a call to a shard with ${shard.shardId}`);
    }
    return value;
  }

  private async firstArrivedAtOrAfter(stream: StreamRecord, shard: ShardRecord, at: number): Promise<DataRecord | undefined> {
    const all = await dataRecords(this.deps.store).list({ prefix: recordsPrefix(stream, shard.shardId) });
    return all.find((entry) => entry.value.arrivedAt >= at)?.value;
  }

  private async read(stream: StreamRecord, shard: ShardRecord, after: string, limit: number, horizon: number): Promise<{ records: DataRecord[]; more: boolean }> {
    const entries = await dataRecords(this.deps.store).list({
      prefix: recordsPrefix(stream, shard.shardId),
      after: recordKey(stream, shard.shardId, after),
      limit: limit + 1,
    });
    const records: DataRecord[] = [];
    let bytes = 0;
    for (const { value } of entries) {
      if (value.arrivedAt < horizon) continue;
      const size = Buffer.byteLength(value.data, 'base64');
      if (records.length === limit || (records.length && bytes + size > MAX_RESPONSE_BYTES)) return { records, more: true };
      records.push(value);
      bytes += size;
    }
    return { records, more: false };
  }

  /** Records past the retention period disappear: removed from the front of the shard as it is read. */
  private async trim(stream: StreamRecord, shard: ShardRecord, horizon: number): Promise<void> {
    const records = dataRecords(this.deps.store);
    for (;;) {
      const batch = await records.list({ prefix: recordsPrefix(stream, shard.shardId), limit: 500 });
      const expired = batch.filter((entry) => entry.value.arrivedAt < horizon);
      for (const { key } of expired) await records.delete(key);
      if (expired.length < batch.length || batch.length < 500) return;
    }
  }
}

/** The shards a closed shard's records continue in, given once a reader reaches its end. */
function childShards(stream: StreamRecord, parent: ShardRecord): api.ChildShard[] {
  return stream.shards
    .filter((shard) => shard.parentShardId === parent.shardId || shard.adjacentParentShardId === parent.shardId)
    .map((shard) => ({
      ShardId: shard.shardId,
      ParentShards: [shard.parentShardId, shard.adjacentParentShardId].filter((id): id is string => id !== undefined),
      HashKeyRange: { StartingHashKey: shard.startingHashKey, EndingHashKey: shard.endingHashKey },
    }));
}
