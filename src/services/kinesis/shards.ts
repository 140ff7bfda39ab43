import type { Shard, ShardFilter } from './api.generated.js';
import { invalidArgument } from './errors.js';
import { nextSequenceNumber, previousSequenceNumber, shardIdFor } from './sequence-numbers.js';
import type { ShardRecord, StreamRecord } from './state.js';

/** Opens a new shard over `range`; its sequence numbers start above `after` (its parents' last). */
export function openShard(
  stream: StreamRecord,
  range: { start: bigint; end: bigint },
  now: number,
  lineage: { parentShardId?: string; adjacentParentShardId?: string; after?: string } = {},
): ShardRecord {
  const index = stream.nextShardIndex;
  stream.nextShardIndex += 1;
  const startingSequenceNumber = nextSequenceNumber(lineage.after ?? '0', now, index);
  const shard: ShardRecord = {
    shardId: shardIdFor(index),
    startingHashKey: range.start.toString(),
    endingHashKey: range.end.toString(),
    startingSequenceNumber,
    createdAt: now,
    lastSequenceNumber: previousSequenceNumber(startingSequenceNumber),
  };
  if (lineage.parentShardId) shard.parentShardId = lineage.parentShardId;
  if (lineage.adjacentParentShardId) shard.adjacentParentShardId = lineage.adjacentParentShardId;
  stream.shards.push(shard);
  return shard;
}

/** Closes a shard: no more writes, and its last sequence number becomes its EndingSequenceNumber. */
export function closeShard(shard: ShardRecord, now: number): void {
  shard.closedAt = now;
  shard.endingSequenceNumber = shard.lastSequenceNumber;
}

export function isOpen(shard: ShardRecord): boolean {
  return shard.closedAt === undefined;
}

export function openShards(stream: StreamRecord): ShardRecord[] {
  return stream.shards.filter(isOpen);
}

/** When the oldest data still kept arrived: records and closed shards before it are gone. */
export function trimHorizon(stream: StreamRecord, now: number): number {
  return Math.max(stream.createdAt, now - stream.retentionPeriodHours * 3_600_000);
}

/** The shards a client can still see: open ones, and closed ones whose data is within retention. */
export function visibleShards(stream: StreamRecord, now: number): ShardRecord[] {
  const horizon = trimHorizon(stream, now);
  return stream.shards.filter((shard) => shard.closedAt === undefined || shard.closedAt >= horizon);
}

export function findShard(stream: StreamRecord, shardId: string, now: number): ShardRecord | undefined {
  return visibleShards(stream, now).find((shard) => shard.shardId === shardId);
}

export function shardView(shard: ShardRecord): Shard {
  const view: Shard = {
    ShardId: shard.shardId,
    HashKeyRange: { StartingHashKey: shard.startingHashKey, EndingHashKey: shard.endingHashKey },
    SequenceNumberRange: { StartingSequenceNumber: shard.startingSequenceNumber },
  };
  if (shard.parentShardId) view.ParentShardId = shard.parentShardId;
  if (shard.adjacentParentShardId) view.AdjacentParentShardId = shard.adjacentParentShardId;
  if (shard.endingSequenceNumber) view.SequenceNumberRange.EndingSequenceNumber = shard.endingSequenceNumber;
  return view;
}

function openAt(shard: ShardRecord, at: number): boolean {
  return shard.createdAt <= at && (shard.closedAt === undefined || shard.closedAt > at);
}

/** ListShards's ShardFilter: which shards a consumer starting at that point must read. */
export function filterShards(stream: StreamRecord, shards: ShardRecord[], filter: ShardFilter, now: number): ShardRecord[] {
  const horizon = trimHorizon(stream, now);
  const timestamp = () => {
    if (!filter.Timestamp) throw invalidArgument(`Timestamp is required for ShardFilter type ${filter.Type}.`);
    return Math.max(filter.Timestamp.getTime(), stream.createdAt);
  };
  switch (filter.Type) {
    case 'AFTER_SHARD_ID': {
      if (!filter.ShardId) throw invalidArgument('ShardId is required for ShardFilter type AFTER_SHARD_ID.');
      const after = filter.ShardId;
      return shards.filter((shard) => shard.shardId > after);
    }
    case 'AT_TRIM_HORIZON':
      return shards.filter((shard) => openAt(shard, horizon));
    case 'FROM_TRIM_HORIZON':
      return shards;
    case 'AT_LATEST':
      return shards.filter(isOpen);
    case 'AT_TIMESTAMP': {
      const at = timestamp();
      return shards.filter((shard) => openAt(shard, at));
    }
    case 'FROM_TIMESTAMP': {
      const from = timestamp();
      return shards.filter((shard) => shard.closedAt === undefined || shard.closedAt > from);
    }
    default:
      throw invalidArgument(`Unknown ShardFilter type ${String(filter.Type)}.`);
  }
}
