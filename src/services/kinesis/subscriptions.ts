import type { CallContext } from '../../common/call-context.js';
import type { Timer } from '../../clock/clock.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import type { Consumers } from './consumers.js';
import { resourceInUse } from './errors.js';
import { decodeShardIterator, encodeShardIterator } from './iterators.js';
import type { Reading } from './reading.js';
import { RECORDS_ARRIVED, type RecordsArrived } from './records.js';
import { decodeSequenceNumber, shardIndex } from './sequence-numbers.js';
import { findShard } from './shards.js';
import type { StreamRecord } from './state.js';

/** A subscription lasts five minutes of clock time, then its stream ends, as in AWS. */
export const SUBSCRIPTION_LIFETIME_MS = 5 * 60_000;
/** With nothing new, an empty event still arrives this often, so the consumer sees it is live. */
export const HEARTBEAT_MS = 5_000;
const EVENT_RECORD_LIMIT = 10_000;

type Event = api.SubscribeToShardEventStream;

/**
 * Enhanced fan-out: SubscribeToShard pushes a shard's records to one registered consumer as they
 * arrive. One subscription per consumer and shard at a time; each ends after five minutes.
 */
export class Subscriptions {
  private readonly active = new Set<string>();

  constructor(
    private readonly deps: ServiceDeps,
    private readonly consumers: Consumers,
    private readonly reading: Reading,
  ) {}

  async subscribeToShard(input: api.SubscribeToShardInput, context: CallContext): Promise<api.SubscribeToShardOutput> {
    const { stream, consumer } = await this.consumers.find({ ConsumerARN: input.ConsumerARN }, context);
    if (this.deps.clock.now() <= consumer.createdAt) {
      throw resourceInUse(`Consumer ${consumer.consumerName} with creation timestamp ${Math.floor(consumer.createdAt / 1000)} under stream: ${stream.name} , account ${stream.account} is not in ACTIVE status.`);
    }
    const { StartingPosition: start } = input;
    const iterator = await this.reading.getShardIterator({
      StreamARN: stream.arn,
      ShardId: input.ShardId,
      ShardIteratorType: start.Type,
      ...(start.SequenceNumber !== undefined ? { StartingSequenceNumber: start.SequenceNumber } : {}),
      ...(start.Timestamp !== undefined ? { Timestamp: start.Timestamp } : {}),
    }, context);
    const key = `${consumer.consumerArn}\n${input.ShardId}`;
    if (this.active.has(key)) {
      throw resourceInUse(`Another active subscription exists for this consumer: ${stream.account}:${stream.name}:${input.ShardId}:${consumer.consumerName}`);
    }
    this.active.add(key);
    const { after } = decodeShardIterator(iterator.ShardIterator!, this.deps.clock.now());
    const subscription = new ShardSubscription(this.deps, this.reading, stream, input.ShardId, after, () => this.active.delete(key));
    // Only the iterator is handed out: the audit trail copies an output's members, and the subscription holds the store.
    return { EventStream: { [Symbol.asyncIterator]: () => subscription.iterator() } };
  }
}

/**
 * One subscription's events: whatever the shard holds past the starting position at once, then an
 * event each time records arrive (or a heartbeat passes), until the five minutes are up or a closed
 * shard is read to its end (the last event names its ChildShards).
 */
class ShardSubscription {
  private readonly expiry: Timer;
  private readonly stopListening: () => void;
  private ended = false;
  /** Read again at once: the first event, or a batch that left more behind. */
  private more = true;
  private lastSent = false;
  private arrived = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly reading: Reading,
    private readonly stream: StreamRecord,
    private readonly shardId: string,
    private after: string,
    private readonly release: () => void,
  ) {
    // Set now, not when the events are first read: an answer never sent still ends.
    this.expiry = deps.clock.after(SUBSCRIPTION_LIFETIME_MS, () => this.end());
    this.stopListening = deps.bus.on(RECORDS_ARRIVED, (payload) => {
      if ((payload as RecordsArrived).streamArn !== stream.arn) return;
      this.arrived = true;
      this.wake?.();
    });
  }

  /** Written out rather than a generator, so that a client going away ends the subscription at once, even mid-wait. */
  iterator(): AsyncIterator<Event> {
    return {
      next: () => this.next(),
      return: async () => {
        this.end();
        return { done: true, value: undefined };
      },
    };
  }

  private async next(): Promise<IteratorResult<Event>> {
    if (!this.more && !this.lastSent) await this.nextWake();
    if (this.ended || this.lastSent) {
      this.end();
      return { done: true, value: undefined };
    }
    try {
      const { event, more, last } = await this.read();
      this.more = more;
      this.lastSent = last;
      return { done: false, value: { SubscribeToShardEvent: event } };
    } catch (error) {
      this.end();
      throw error;
    }
  }

  private async read(): Promise<{ event: api.SubscribeToShardEvent; more: boolean; last: boolean }> {
    this.arrived = false;
    const now = this.deps.clock.now();
    const iterator = encodeShardIterator({ streamArn: this.stream.arn, shardId: this.shardId, after: this.after, issuedAt: now });
    const output = await this.reading.getRecords({ ShardIterator: iterator, Limit: EVENT_RECORD_LIMIT });
    const records = output.Records ?? [];
    if (records.length) this.after = records[records.length - 1]!.SequenceNumber!;
    const millisBehind = output.MillisBehindLatest ?? 0;
    if (output.ChildShards) {
      // A shard read to its end has no continuation (AWS sends none): reading goes on in its children.
      const closing = { Records: records, MillisBehindLatest: millisBehind, ChildShards: output.ChildShards };
      return { event: closing as api.SubscribeToShardEvent, more: false, last: true };
    }
    const event = { Records: records, ContinuationSequenceNumber: this.continuation(), MillisBehindLatest: millisBehind };
    return { event, more: records.length === EVENT_RECORD_LIMIT || millisBehind > 0, last: false };
  }

  /**
   * Where a new subscription resumes (AFTER_SEQUENCE_NUMBER): the last record sent, or, before
   * any, the position it started after — or the shard's first number when that is no record's.
   */
  private continuation(): string {
    if (decodeSequenceNumber(this.after)?.shardIndex === shardIndex(this.shardId)) return this.after;
    const shard = findShard(this.stream, this.shardId, this.deps.clock.now());
    return shard?.startingSequenceNumber ?? this.after;
  }

  /** Resolves when records arrive on the stream, a heartbeat passes, or the subscription ends. */
  private nextWake(): Promise<void> {
    if (this.arrived || this.ended) return Promise.resolve();
    return new Promise((resolve) => {
      const heartbeat = this.deps.clock.after(HEARTBEAT_MS, () => this.wake?.());
      this.wake = () => {
        this.wake = undefined;
        heartbeat.cancel();
        resolve();
      };
    });
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.expiry.cancel();
    this.stopListening();
    this.release();
    this.wake?.();
  }
}
