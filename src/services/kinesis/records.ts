import { AwsError } from '../../common/aws-error.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { invalidArgument, validation } from './errors.js';
import { parseHashKey, partitionKeyHash, shardContains } from './hash-keys.js';
import { nextSequenceNumber, parseSequenceNumber, shardIndex } from './sequence-numbers.js';
import { openShards } from './shards.js';
import { addressOf, loadStream, saveStream, type StreamReference } from './stream-access.js';
import { dataRecords, recordKey, type StreamRecord } from './state.js';
import { kinesisMetrics } from './metrics.js';
import { WriteThroughput } from './throughput.js';

/** A PutRecords request may carry 5 MiB of data and partition keys. */
const MAX_REQUEST_BYTES = 5 * 1024 * 1024;

/** The in-memory signal a write sends once its records are committed: subscriptions wake to read them. */
export const RECORDS_ARRIVED = 'kinesis.records-arrived';

export interface RecordsArrived {
  streamArn: string;
}

type Entry = api.PutRecordsRequestEntry;
type Written = { ShardId: string; SequenceNumber: string } | { ErrorCode: string; ErrorMessage: string };

/** Where the caller's account and region come from when a stream is named without an ARN. */
interface Caller {
  account: string;
  region: string;
}

/** Writing data records: routing by partition key, sequence numbers, size limits and shard quotas. */
export class Records {
  private readonly throughput = new WriteThroughput();

  constructor(private readonly deps: ServiceDeps) {}

  async putRecord(input: api.PutRecordInput, caller: Caller): Promise<api.PutRecordOutput> {
    if (input.SequenceNumberForOrdering !== undefined && parseSequenceNumber(input.SequenceNumberForOrdering) === undefined) {
      throw invalidArgument(`SequenceNumberForOrdering ${input.SequenceNumberForOrdering} is not a valid sequence number.`);
    }
    const [result] = await this.write(input, caller, [input], 'data');
    if (!result || 'ErrorCode' in result) throw new AwsError(result!.ErrorCode, result!.ErrorMessage);
    return result;
  }

  async putRecords(input: api.PutRecordsInput, caller: Caller): Promise<api.PutRecordsOutput> {
    const size = input.Records.reduce((total, entry) => total + entry.Data.length + Buffer.byteLength(entry.PartitionKey), 0);
    if (size > MAX_REQUEST_BYTES) throw invalidArgument('Records size exceeds 5 MB limit');
    const results = await this.write(input, caller, input.Records, 'records');
    return { FailedRecordCount: results.filter((result) => 'ErrorCode' in result).length, Records: results };
  }

  private async write(reference: StreamReference, caller: Caller, entries: Entry[], path: 'data' | 'records'): Promise<Written[]> {
    const address = addressOf(reference, caller);
    return this.deps.store.transaction(async (tx) => {
      const stream = await loadStream(tx, address);
      this.checkSizes(stream, entries, path);
      const hashKeys = entries.map((entry) => this.hashKeyOf(entry));
      const now = this.deps.clock.now();
      const results: Written[] = [];
      for (const [i, entry] of entries.entries()) {
        const shard = openShards(stream).find((candidate) => shardContains(candidate, hashKeys[i]!))!;
        if (!this.throughput.admit(stream, shard.shardId, entry.Data.length + Buffer.byteLength(entry.PartitionKey), now)) {
          results.push({
            ErrorCode: 'ProvisionedThroughputExceededException',
            ErrorMessage: `Rate exceeded for shard ${shard.shardId} in stream ${stream.name} under account ${stream.account}.`,
          });
          continue;
        }
        const sequenceNumber = nextSequenceNumber(shard.lastSequenceNumber, now, shardIndex(shard.shardId));
        shard.lastSequenceNumber = sequenceNumber;
        await dataRecords(tx).put(recordKey(stream, shard.shardId, sequenceNumber), {
          sequenceNumber,
          partitionKey: entry.PartitionKey,
          ...(entry.ExplicitHashKey !== undefined ? { explicitHashKey: entry.ExplicitHashKey } : {}),
          data: Buffer.from(entry.Data).toString('base64'),
          arrivedAt: now,
        });
        results.push({ ShardId: shard.shardId, SequenceNumber: sequenceNumber });
      }
      tx.afterCommit(() => kinesisMetrics(this.deps).written(stream, entries, results, path === 'data' ? 'PutRecord' : 'PutRecords'));
      await saveStream(tx, stream);
      tx.afterCommit(() => this.deps.bus.emit(RECORDS_ARRIVED, { streamArn: stream.arn } satisfies RecordsArrived));
      return results;
    });
  }

  /** A record over the stream's maximum size fails the whole request with the model-style message AWS sends. */
  private checkSizes(stream: StreamRecord, entries: Entry[], path: 'data' | 'records'): void {
    const limit = stream.maxRecordSizeInKiB * 1024;
    const problems = entries.flatMap((entry, i) => {
      if (entry.Data.length <= limit) return [];
      const at = path === 'data' ? 'data' : `records.${i + 1}.member.data`;
      const size = entry.Data.length;
      return [`Value 'java.nio.HeapByteBuffer[pos=0 lim=${size} cap=${size}]' at '${at}' failed to satisfy constraint: Member must have length less than or equal to ${limit}`];
    });
    if (problems.length) {
      throw validation(`${problems.length} validation error${problems.length > 1 ? 's' : ''} detected: ${problems.join('; ')}`);
    }
  }

  private hashKeyOf(entry: Entry): bigint {
    if (entry.ExplicitHashKey === undefined) return partitionKeyHash(entry.PartitionKey);
    const key = parseHashKey(entry.ExplicitHashKey);
    if (key === undefined) {
      throw invalidArgument(`Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was ${entry.ExplicitHashKey}`);
    }
    return key;
  }
}
