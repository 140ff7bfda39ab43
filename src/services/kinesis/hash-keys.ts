import { createHash } from 'node:crypto';
import type { ShardRecord } from './state.js';

/** The size of the hash-key space: partition keys hash to 128-bit integers. */
export const HASH_KEY_SPACE = 1n << 128n;
export const MAX_HASH_KEY = HASH_KEY_SPACE - 1n;

/** Kinesis routes a record by the MD5 of its partition key, read as a big-endian unsigned integer. */
export function partitionKeyHash(partitionKey: string): bigint {
  return BigInt(`0x${createHash('md5').update(partitionKey, 'utf8').digest('hex')}`);
}

/** `count` ranges that split the space evenly, as CreateStream and UpdateShardCount lay them out. */
export function evenRanges(count: number, start = 0n, end = MAX_HASH_KEY): Array<{ start: bigint; end: bigint }> {
  const width = end - start + 1n;
  const ranges: Array<{ start: bigint; end: bigint }> = [];
  for (let i = 0n; i < BigInt(count); i += 1n) {
    ranges.push({ start: start + (width * i) / BigInt(count), end: start + (width * (i + 1n)) / BigInt(count) - 1n });
  }
  return ranges;
}

/** Reads a decimal hash key; undefined when it is not one inside the 128-bit space. */
export function parseHashKey(value: string): bigint | undefined {
  if (!/^(0|[1-9]\d{0,38})$/.test(value)) return undefined;
  const key = BigInt(value);
  return key <= MAX_HASH_KEY ? key : undefined;
}

export function shardContains(shard: ShardRecord, hashKey: bigint): boolean {
  return BigInt(shard.startingHashKey) <= hashKey && hashKey <= BigInt(shard.endingHashKey);
}
