import type { Transaction } from '../../store/store.js';
import { mappings, type MappingRecord } from './event-sources.js';
import type { BatchInvoker, BatchResult } from './event-source-pollers.js';
import type { LambdaDeps } from './lookup.js';
import type { Collections } from './state.js';

interface PolledRecord {
  sequenceNumber: string;
  partitionKey: string;
  data: string;
  approximateArrivalTimestamp: number;
}

interface ShardPosition {
  after?: string;
  type?: string;
  timestamp?: number;
}

/** Where a mapping's poller has got to in one shard; `ended` once a closed shard is read through. */
interface Checkpoint {
  position: ShardPosition;
  ended?: boolean;
}

const checkpoints = (source: Collections) => source.collection<Checkpoint>('lambda.event-source-checkpoints');
const checkpointKey = (mapping: MappingRecord, shardId: string) => `${mapping.account}/${mapping.region}/${mapping.uuid}/${shardId}`;

/**
 * Polls one Kinesis mapping: per shard, in order, a batch of up to BatchSize records from the
 * checkpoint. A failed batch is retried (each half alone first with BisectBatchOnFunctionError)
 * until MaximumRetryAttempts run out, then its description goes to the on-failure destination and
 * the shard moves on. MaximumRetryAttempts -1 retries the batch on every poll until it succeeds.
 */
export class KinesisPoller {
  constructor(
    private readonly deps: LambdaDeps,
    private readonly invoke: BatchInvoker,
  ) {}

  async poll(mapping: MappingRecord): Promise<void> {
    const shards = await this.deps.bus.request<{ shardId: string; parentShardId?: string }[]>('kinesis.list-shards', { streamArn: mapping.eventSourceArn });
    const known = new Set(shards.map((shard) => shard.shardId));
    for (const shard of shards) {
      const key = checkpointKey(mapping, shard.shardId);
      const checkpoint = (await checkpoints(this.deps.store).get(key)) ?? { position: this.startingPosition(mapping, shard.parentShardId !== undefined && known.has(shard.parentShardId)) };
      if (checkpoint.ended) continue;
      if (shard.parentShardId && known.has(shard.parentShardId)) {
        const parent = await checkpoints(this.deps.store).get(checkpointKey(mapping, shard.parentShardId));
        if (!parent?.ended) continue;
      }
      await this.pollShard(mapping, shard.shardId, key, checkpoint);
    }
  }

  /** LATEST means records that arrive once the mapping exists: read from its creation time. */
  private startingPosition(mapping: MappingRecord, isChild: boolean): ShardPosition {
    if (isChild || mapping.startingPosition === 'TRIM_HORIZON') return { type: 'TRIM_HORIZON' };
    if (mapping.startingPosition === 'AT_TIMESTAMP') return { type: 'AT_TIMESTAMP', timestamp: mapping.startingPositionTimestamp };
    return { type: 'AT_TIMESTAMP', timestamp: mapping.lastModified };
  }

  private async pollShard(mapping: MappingRecord, shardId: string, key: string, checkpoint: Checkpoint): Promise<void> {
    const answer = await this.deps.bus.request<{ records: PolledRecord[]; next?: ShardPosition }>('kinesis.get-records', {
      streamArn: mapping.eventSourceArn, shardId, position: checkpoint.position, limit: mapping.batchSize,
    });
    const outcome = answer.records.length ? await this.deliver(mapping, shardId, answer.records, 0) : undefined;
    if (outcome === 'retry') return;
    const next: Checkpoint = answer.next ? { position: answer.next } : { position: checkpoint.position, ended: true };
    await checkpoints(this.deps.store).put(key, next);
    if (outcome === 'ok') await this.setResult(mapping, 'OK');
  }

  /** Whether the batch was processed, given up on (`discarded`), or is to be retried on the next poll. */
  private async deliver(mapping: MappingRecord, shardId: string, records: PolledRecord[], attempts: number): Promise<'ok' | 'discarded' | 'retry'> {
    const result = await this.invoke(mapping, { Records: records.map((record) => eventRecord(mapping, shardId, record)) });
    if (result.ok) return 'ok';
    await this.setResult(mapping, 'PROBLEM: Function call failed');
    if (mapping.bisectBatchOnFunctionError && records.length > 1) {
      const half = Math.ceil(records.length / 2);
      const first = await this.deliver(mapping, shardId, records.slice(0, half), attempts + 1);
      if (first === 'retry') return first;
      const second = await this.deliver(mapping, shardId, records.slice(half), attempts + 1);
      return second === 'ok' ? first : second;
    }
    const retries = mapping.maximumRetryAttempts ?? -1;
    if (retries === -1) return 'retry';
    if (attempts < retries) return this.deliver(mapping, shardId, records, attempts + 1);
    await this.deps.store.transaction((tx) => this.sendFailure(tx, mapping, shardId, records, result, attempts + 1));
    return 'discarded';
  }

  private async sendFailure(tx: Transaction, mapping: MappingRecord, shardId: string, records: PolledRecord[], result: BatchResult, invokeCount: number): Promise<void> {
    if (!mapping.onFailure?.includes(':sqs:')) return;
    const first = records[0]!;
    const last = records[records.length - 1]!;
    const record = {
      requestContext: { requestId: result.requestId, functionArn: mapping.functionArn, condition: 'RetryAttemptsExhausted', approximateInvokeCount: invokeCount },
      responseContext: { statusCode: 200, executedVersion: result.executedVersion, functionError: 'Unhandled' },
      version: '1.0',
      timestamp: new Date(this.deps.clock.now()).toISOString(),
      KinesisBatchInfo: {
        shardId,
        startSequenceNumber: first.sequenceNumber,
        endSequenceNumber: last.sequenceNumber,
        approximateArrivalOfFirstRecord: new Date(first.approximateArrivalTimestamp).toISOString(),
        approximateArrivalOfLastRecord: new Date(last.approximateArrivalTimestamp).toISOString(),
        batchSize: records.length,
        streamArn: mapping.eventSourceArn,
      },
    };
    await this.deps.bus.enqueue(tx, 'sqs.send-message', { queueArn: mapping.onFailure, body: JSON.stringify(record) });
  }

  private async setResult(mapping: MappingRecord, result: string): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      const key = `${mapping.account}/${mapping.region}/${mapping.uuid}`;
      const stored = await mappings(tx).get(key);
      if (stored && stored.lastProcessingResult !== result) await mappings(tx).put(key, { ...stored, lastProcessingResult: result });
    });
  }
}

/** One record as Lambda's Kinesis event carries it. */
function eventRecord(mapping: MappingRecord, shardId: string, record: PolledRecord) {
  return {
    kinesis: {
      kinesisSchemaVersion: '1.0',
      partitionKey: record.partitionKey,
      sequenceNumber: record.sequenceNumber,
      data: record.data,
      approximateArrivalTimestamp: record.approximateArrivalTimestamp / 1000,
    },
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `${shardId}:${record.sequenceNumber}`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: mapping.roleArn,
    awsRegion: mapping.region,
    eventSourceARN: mapping.eventSourceArn,
  };
}

/** Forgets a deleted mapping's checkpoints. */
export async function dropCheckpoints(deps: LambdaDeps, mapping: { account: string; region: string; uuid: string }): Promise<void> {
  const store = checkpoints(deps.store);
  for (const { key } of await store.list({ prefix: `${mapping.account}/${mapping.region}/${mapping.uuid}/` })) await store.delete(key);
}
