import type { Collection } from '../../store/store.js';
import type { StreamMode } from './api.generated.js';

/** A shard as stored: its hash-key range, lineage, and the last sequence number it handed out. */
export interface ShardRecord {
  shardId: string;
  parentShardId?: string;
  adjacentParentShardId?: string;
  /** Decimal strings of the 128-bit range, both ends inclusive. */
  startingHashKey: string;
  endingHashKey: string;
  startingSequenceNumber: string;
  /** Set when a split, merge or rescale closed the shard. */
  endingSequenceNumber?: string;
  /** Epoch milliseconds. */
  createdAt: number;
  closedAt?: number;
  lastSequenceNumber: string;
}

export interface ConsumerRecord {
  consumerName: string;
  consumerArn: string;
  /** Epoch milliseconds; the consumer is CREATING until the clock moves past it. */
  createdAt: number;
  tags?: Record<string, string>;
}

/** A stream as stored, shards and consumers included: a stream is changed as one record. */
export interface StreamRecord {
  account: string;
  region: string;
  name: string;
  arn: string;
  mode: StreamMode;
  /** Epoch milliseconds. The stream reports CREATING until the clock has moved past it. */
  createdAt: number;
  /** Until this clock time a reshard is in progress and the stream reports UPDATING. */
  updatingUntil?: number;
  retentionPeriodHours: number;
  maxRecordSizeInKiB: number;
  shards: ShardRecord[];
  /** The number the next new shard's id carries. */
  nextShardIndex: number;
  tags: Record<string, string>;
  consumers: ConsumerRecord[];
  encryption?: { type: 'KMS'; keyId: string };
  shardLevelMetrics: string[];
}

/** A data record as stored; the data as base64, since records are JSON. */
export interface DataRecord {
  sequenceNumber: string;
  partitionKey: string;
  explicitHashKey?: string;
  data: string;
  /** Epoch milliseconds. */
  arrivedAt: number;
}

/** Anything that hands out collections: the store, or a transaction in it. */
export interface Collections {
  collection<T>(name: string): Collection<T>;
}

export interface StreamAddress {
  account: string;
  region: string;
  name: string;
}

export function streamKey(address: StreamAddress): string {
  return `${address.account}/${address.region}/${address.name}`;
}

export function streamsPrefix(account: string, region: string): string {
  return `${account}/${region}/`;
}

/** Sequence numbers have one fixed width, so keys sort in sequence order. */
export function recordsPrefix(stream: StreamAddress, shardId: string): string {
  return `${streamKey(stream)}/${shardId}/`;
}

export function recordKey(stream: StreamAddress, shardId: string, sequenceNumber: string): string {
  return `${recordsPrefix(stream, shardId)}${sequenceNumber.padStart(56, '0')}`;
}

export const streams = (source: Collections) => source.collection<StreamRecord>('kinesis.streams');
export const dataRecords = (source: Collections) => source.collection<DataRecord>('kinesis.records');
