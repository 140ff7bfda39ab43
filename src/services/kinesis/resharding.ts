import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { invalidArgument, limitExceeded, shardNotFound } from './errors.js';
import { evenRanges, parseHashKey } from './hash-keys.js';
import { closeShard, findShard, isOpen, openShard, openShards } from './shards.js';
import { addressOf, loadStream, requireActive, saveStream, type StreamReference } from './stream-access.js';
import type { ShardRecord, StreamRecord } from './state.js';

/** Splitting, merging and rescaling: parents close (with an EndingSequenceNumber) and children open. */
export class Resharding {
  constructor(private readonly deps: ServiceDeps) {}

  async splitShard(input: api.SplitShardInput, context: CallContext): Promise<void> {
    await this.reshard(input, context, (stream, now) => {
      const parent = this.openShard(stream, input.ShardToSplit, now);
      const start = BigInt(parent.startingHashKey);
      const end = BigInt(parent.endingHashKey);
      const split = parseHashKey(input.NewStartingHashKey);
      if (split === undefined || split <= start || split > end) {
        throw invalidArgument(`NewStartingHashKey ${input.NewStartingHashKey} used in SplitShard() on shard ${parent.shardId} in stream ${stream.name} under account ${stream.account} is not both greater than the shard's StartingHashKey ${start} and no greater than the shard's EndingHashKey ${end}.`);
      }
      closeShard(parent, now);
      const lineage = { parentShardId: parent.shardId, after: parent.lastSequenceNumber };
      openShard(stream, { start, end: split - 1n }, now, lineage);
      openShard(stream, { start: split, end }, now, lineage);
    });
  }

  async mergeShards(input: api.MergeShardsInput, context: CallContext): Promise<void> {
    await this.reshard(input, context, (stream, now) => {
      const shard = this.openShard(stream, input.ShardToMerge, now);
      const adjacent = this.openShard(stream, input.AdjacentShardToMerge, now);
      const [low, high] = BigInt(shard.startingHashKey) < BigInt(adjacent.startingHashKey) ? [shard, adjacent] : [adjacent, shard];
      if (shard === adjacent || BigInt(low.endingHashKey) + 1n !== BigInt(high.startingHashKey)) {
        throw invalidArgument(`Shards ${shard.shardId} and ${adjacent.shardId} in stream ${stream.name} under account ${stream.account} are not an adjacent pair of shards eligible for merging`);
      }
      closeShard(shard, now);
      closeShard(adjacent, now);
      openShard(stream, { start: BigInt(low.startingHashKey), end: BigInt(high.endingHashKey) }, now, {
        parentShardId: shard.shardId,
        adjacentParentShardId: adjacent.shardId,
        after: latest([shard, adjacent]),
      });
    });
  }

  /**
   * UNIFORM_SCALING closes every open shard and opens the target count over even ranges. AWS gets
   * there through a series of splits and merges; here each new shard names the (at most two) first
   * old shards its range overlaps as its parents.
   */
  async updateShardCount(input: api.UpdateShardCountInput, context: CallContext): Promise<api.UpdateShardCountOutput> {
    let current = 0;
    const stream = await this.reshard(input, context, (record, now) => {
      if (record.mode === 'ON_DEMAND') throw invalidArgument(`UpdateShardCount is not supported for stream ${record.name} in ON_DEMAND mode.`);
      const parents = openShards(record);
      current = parents.length;
      const target = input.TargetShardCount;
      if (target > current * 2) {
        throw limitExceeded(`UpdateShardCount cannot scale up over double your current open shard count. Current open shard count: ${current} Target shard count: ${target}`);
      }
      if (target * 2 < current) {
        throw limitExceeded(`UpdateShardCount cannot scale down below half your current open shard count. Current open shard count: ${current} Target shard count: ${target}`);
      }
      for (const parent of parents) closeShard(parent, now);
      for (const range of evenRanges(target)) {
        const overlapping = parents.filter((parent) => BigInt(parent.startingHashKey) <= range.end && range.start <= BigInt(parent.endingHashKey));
        openShard(record, range, now, {
          parentShardId: overlapping[0]?.shardId,
          adjacentParentShardId: overlapping[1]?.shardId,
          after: latest(overlapping),
        });
      }
    });
    return { StreamName: stream.name, StreamARN: stream.arn, CurrentShardCount: current, TargetShardCount: input.TargetShardCount };
  }

  /** A reshard needs an ACTIVE stream and leaves it UPDATING until the clock moves on. */
  private async reshard(reference: StreamReference, context: CallContext, change: (stream: StreamRecord, now: number) => void): Promise<StreamRecord> {
    const address = addressOf(reference, context);
    return this.deps.store.transaction(async (tx) => {
      const stream = await loadStream(tx, address);
      requireActive(stream, this.deps);
      const now = this.deps.clock.now();
      change(stream, now);
      stream.updatingUntil = now + 1;
      await saveStream(tx, stream);
      return stream;
    });
  }

  private openShard(stream: StreamRecord, shardId: string, now: number): ShardRecord {
    const shard = findShard(stream, shardId, now);
    if (!shard) throw shardNotFound(stream, shardId);
    if (!isOpen(shard)) throw invalidArgument(`Shard ${shardId} in stream ${stream.name} under account ${stream.account} is closed and cannot be resharded.`);
    return shard;
  }
}

/** The highest last sequence number among parents: a child's numbers start above it. */
function latest(parents: ShardRecord[]): string | undefined {
  return parents.map((parent) => parent.lastSequenceNumber).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1)).pop();
}
