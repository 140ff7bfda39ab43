import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { evenRanges } from './hash-keys.js';
import { invalidArgument, streamExists, validation, resourceInUse } from './errors.js';
import { decodePageToken, encodePageToken, page } from './page-tokens.js';
import { filterShards, openShard, openShards, shardView, visibleShards } from './shards.js';
import { addressOf, loadStream, requireActive, saveStream, streamArn, streamStatus, type StreamReference } from './stream-access.js';
import { dataRecords, recordsPrefix, streamKey, streams, streamsPrefix, type StreamRecord } from './state.js';
import { validateTags } from './tags.js';

/** On-demand streams start with four shards, as in AWS. */
const ON_DEMAND_SHARDS = 4;
const DEFAULT_RETENTION_HOURS = 24;
const MAX_RETENTION_HOURS = 8760;
const DEFAULT_MAX_RECORD_SIZE_KIB = 1024;
const STREAM_NAME = /^[a-zA-Z0-9_.-]+$/;

/** Streams: their life cycle, descriptions and retention. */
export class Streams {
  constructor(private readonly deps: ServiceDeps) {}

  async createStream(input: api.CreateStreamInput, context: CallContext): Promise<void> {
    if (!STREAM_NAME.test(input.StreamName)) {
      throw validation(`1 validation error detected: Value '${input.StreamName}' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+`);
    }
    const mode = input.StreamModeDetails?.StreamMode ?? (input.ShardCount === undefined ? 'ON_DEMAND' : 'PROVISIONED');
    if (mode === 'PROVISIONED' && input.ShardCount === undefined) throw invalidArgument('ShardCount must be specified for a PROVISIONED stream.');
    if (input.Tags) validateTags(input.Tags, {});
    const address = { account: context.account, region: context.region, name: input.StreamName };
    const now = this.deps.clock.now();
    const stream: StreamRecord = {
      ...address,
      arn: streamArn(address),
      mode,
      createdAt: now,
      retentionPeriodHours: DEFAULT_RETENTION_HOURS,
      maxRecordSizeInKiB: input.MaxRecordSizeInKiB ?? DEFAULT_MAX_RECORD_SIZE_KIB,
      shards: [],
      nextShardIndex: 0,
      tags: { ...input.Tags },
      consumers: [],
      shardLevelMetrics: [],
    };
    for (const range of evenRanges(mode === 'ON_DEMAND' ? ON_DEMAND_SHARDS : input.ShardCount!)) openShard(stream, range, now);
    await this.deps.store.transaction(async (tx) => {
      if (await streams(tx).get(streamKey(address))) throw streamExists(address);
      await saveStream(tx, stream);
    });
  }

  async deleteStream(input: api.DeleteStreamInput, context: CallContext): Promise<void> {
    const address = addressOf(input, context);
    await this.deps.store.transaction(async (tx) => {
      const stream = await loadStream(tx, address);
      if (stream.consumers.length && !input.EnforceConsumerDeletion) {
        throw resourceInUse(`Stream ${stream.name} under account ${stream.account} has registered consumers. Set EnforceConsumerDeletion to delete them with the stream.`);
      }
      const records = dataRecords(tx);
      for (const shard of stream.shards) {
        for (const { key } of await records.list({ prefix: recordsPrefix(stream, shard.shardId) })) await records.delete(key);
      }
      await streams(tx).delete(streamKey(address));
    });
  }

  async listStreams(input: api.ListStreamsInput, context: CallContext): Promise<api.ListStreamsOutput> {
    if (input.NextToken !== undefined && input.ExclusiveStartStreamName !== undefined) {
      throw invalidArgument('NextToken and ExclusiveStartStreamName cannot be provided together.');
    }
    const now = this.deps.clock.now();
    const scope = `ListStreams/${context.account}/${context.region}`;
    const after = input.NextToken !== undefined ? decodePageToken(input.NextToken, scope, now) : input.ExclusiveStartStreamName;
    const all = (await streams(this.deps.store).list({ prefix: streamsPrefix(context.account, context.region) })).map((entry) => entry.value);
    const { items, last } = page(all, (stream) => stream.name, after, input.Limit ?? 100);
    const output: api.ListStreamsOutput = {
      StreamNames: items.map((stream) => stream.name),
      HasMoreStreams: last !== undefined,
      StreamSummaries: items.map((stream) => ({
        StreamName: stream.name,
        StreamARN: stream.arn,
        StreamStatus: streamStatus(stream, now),
        StreamModeDetails: { StreamMode: stream.mode },
        StreamCreationTimestamp: new Date(stream.createdAt),
      })),
    };
    if (last !== undefined) output.NextToken = encodePageToken(scope, last, now);
    return output;
  }

  async describeStream(input: api.DescribeStreamInput, context: CallContext): Promise<api.DescribeStreamOutput> {
    const stream = await loadStream(this.deps.store, addressOf(input, context));
    const now = this.deps.clock.now();
    const { items, last } = page(visibleShards(stream, now), (shard) => shard.shardId, input.ExclusiveStartShardId, input.Limit ?? 100);
    return {
      StreamDescription: {
        ...this.common(stream, now),
        Shards: items.map(shardView),
        HasMoreShards: last !== undefined,
      },
    };
  }

  async describeStreamSummary(input: api.DescribeStreamSummaryInput, context: CallContext): Promise<api.DescribeStreamSummaryOutput> {
    const stream = await loadStream(this.deps.store, addressOf(input, context));
    return {
      StreamDescriptionSummary: {
        ...this.common(stream, this.deps.clock.now()),
        OpenShardCount: openShards(stream).length,
        ConsumerCount: stream.consumers.length,
        MaxRecordSizeInKiB: stream.maxRecordSizeInKiB,
      },
    };
  }

  async listShards(input: api.ListShardsInput, context: CallContext): Promise<api.ListShardsOutput> {
    const now = this.deps.clock.now();
    let request = { reference: input as StreamReference, after: input.ExclusiveStartShardId, filter: input.ShardFilter };
    if (input.NextToken !== undefined) {
      if (input.StreamName !== undefined) throw invalidArgument('NextToken and StreamName cannot be provided together.');
      request = JSON.parse(decodePageToken(input.NextToken, 'ListShards', now)) as typeof request;
      if (request.filter?.Timestamp) request.filter.Timestamp = new Date(request.filter.Timestamp);
    }
    const stream = await loadStream(this.deps.store, addressOf(request.reference, context));
    const shards = visibleShards(stream, now);
    const filtered = request.filter ? filterShards(stream, shards, request.filter, now) : shards;
    const { items, last } = page(filtered, (shard) => shard.shardId, request.after, input.MaxResults ?? 1000);
    const output: api.ListShardsOutput = { Shards: items.map(shardView) };
    if (last !== undefined) {
      const next = { reference: { StreamARN: stream.arn }, after: last, filter: request.filter };
      output.NextToken = encodePageToken('ListShards', JSON.stringify(next), now);
    }
    return output;
  }

  async increaseStreamRetentionPeriod(input: api.IncreaseStreamRetentionPeriodInput, context: CallContext): Promise<void> {
    await this.changeRetention(input, context, (stream, hours) => {
      if (hours > MAX_RETENTION_HOURS) {
        throw invalidArgument(`Maximum allowed retention period is ${MAX_RETENTION_HOURS} hours. Requested retention period (${hours} hours) is too long.`);
      }
      if (hours < stream.retentionPeriodHours) {
        throw invalidArgument(`Requested retention period (${hours} hours) for stream ${stream.name} can not be shorter than existing retention period (${stream.retentionPeriodHours} hours). Use DecreaseRetentionPeriod API.`);
      }
    });
  }

  async decreaseStreamRetentionPeriod(input: api.DecreaseStreamRetentionPeriodInput, context: CallContext): Promise<void> {
    await this.changeRetention(input, context, (stream, hours) => {
      if (hours < DEFAULT_RETENTION_HOURS) {
        throw invalidArgument(`Minimum allowed retention period is ${DEFAULT_RETENTION_HOURS} hours. Requested retention period (${hours} hours) is too short.`);
      }
      if (hours > stream.retentionPeriodHours) {
        throw invalidArgument(`Requested retention period (${hours} hours) for stream ${stream.name} can not be longer than existing retention period (${stream.retentionPeriodHours} hours). Use IncreaseRetentionPeriod API.`);
      }
    });
  }

  /** Switches between provisioned and on-demand capacity; the shards stay as they are, and the stream is UPDATING for a moment. */
  async updateStreamMode(input: api.UpdateStreamModeInput, context: CallContext): Promise<void> {
    const mode = input.StreamModeDetails?.StreamMode;
    if (mode !== 'PROVISIONED' && mode !== 'ON_DEMAND') {
      throw validation(`1 validation error detected: Value '${String(mode)}' at 'streamModeDetails.streamMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, ON_DEMAND]`);
    }
    const address = addressOf({ StreamARN: input.StreamARN }, context);
    await this.deps.store.transaction(async (tx) => {
      const stream = await loadStream(tx, address);
      requireActive(stream, this.deps);
      stream.mode = mode;
      stream.updatingUntil = this.deps.clock.now() + 1;
      await saveStream(tx, stream);
    });
  }

  private async changeRetention(
    input: { RetentionPeriodHours: number } & api.DescribeStreamSummaryInput,
    context: CallContext,
    check: (stream: StreamRecord, hours: number) => void,
  ): Promise<void> {
    const address = addressOf(input, context);
    await this.deps.store.transaction(async (tx) => {
      const stream = await loadStream(tx, address);
      requireActive(stream, this.deps);
      check(stream, input.RetentionPeriodHours);
      stream.retentionPeriodHours = input.RetentionPeriodHours;
      await saveStream(tx, stream);
    });
  }

  private common(stream: StreamRecord, now: number) {
    return {
      StreamName: stream.name,
      StreamARN: stream.arn,
      StreamStatus: streamStatus(stream, now),
      StreamModeDetails: { StreamMode: stream.mode },
      RetentionPeriodHours: stream.retentionPeriodHours,
      StreamCreationTimestamp: new Date(stream.createdAt),
      EnhancedMonitoring: [{ ShardLevelMetrics: stream.shardLevelMetrics as api.MetricsName[] }],
      EncryptionType: stream.encryption ? ('KMS' as const) : ('NONE' as const),
      ...(stream.encryption ? { KeyId: stream.encryption.keyId } : {}),
    };
  }
}
