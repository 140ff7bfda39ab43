import type { Collection } from '../../store/store.js';
import type { DeadLetterConfig, LogConfig, RuleState, Tag, Target } from './api.generated.js';

/** An event bus as stored; the `default` bus is written the first time an account uses it in a region. */
export interface BusRecord {
  account: string;
  region: string;
  name: string;
  arn: string;
  description?: string;
  kmsKeyIdentifier?: string;
  deadLetterConfig?: DeadLetterConfig;
  logConfig?: LogConfig;
  policy?: string;
  tags: Tag[];
  /** Epoch milliseconds. */
  creationTime: number;
  lastModifiedTime: number;
}

/** A rule and its targets, which EventBridge only ever changes through the rule. */
export interface RuleRecord {
  account: string;
  region: string;
  busName: string;
  name: string;
  arn: string;
  eventPattern?: string;
  scheduleExpression?: string;
  state: RuleState;
  description?: string;
  roleArn?: string;
  tags: Tag[];
  targets: Target[];
  /** Epoch milliseconds; a rate schedule counts its periods from here. */
  createdAt: number;
}

/** The event as EventBridge delivers it (the envelope every target without Input sees). */
export interface EventEnvelope {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: unknown;
  'replay-name'?: string;
}

export interface ArchiveRecord {
  account: string;
  region: string;
  name: string;
  arn: string;
  eventSourceArn: string;
  description?: string;
  eventPattern?: string;
  retentionDays: number;
  eventCount: number;
  sizeBytes: number;
  creationTime: number;
}

export interface ArchivedEvent {
  event: EventEnvelope;
  /** Epoch milliseconds of the event's `time`, which a replay's window selects on. */
  time: number;
  /** Clock time it was archived, which the archive's RetentionDays counts from (absent in older data: kept). */
  archivedAt?: number;
  sizeBytes?: number;
}

export interface ReplayRecord {
  account: string;
  region: string;
  name: string;
  arn: string;
  description?: string;
  eventSourceArn: string;
  destination: { Arn: string; FilterArns?: string[] };
  eventStartTime: number;
  eventEndTime: number;
  state: 'STARTING' | 'RUNNING' | 'CANCELLING' | 'COMPLETED' | 'CANCELLED' | 'FAILED';
  replayStartTime: number;
  replayEndTime?: number;
  eventLastReplayedTime?: number;
}

/** Anything that hands out collections: the store, or a transaction in it. */
export interface Collections {
  collection<T>(name: string): Collection<T>;
}

export const buses = (from: Collections) => from.collection<BusRecord>('events.buses');
export const rules = (from: Collections) => from.collection<RuleRecord>('events.rules');
export const archives = (from: Collections) => from.collection<ArchiveRecord>('events.archives');
export const archivedEvents = (from: Collections) => from.collection<ArchivedEvent>('events.archived-events');
export const replays = (from: Collections) => from.collection<ReplayRecord>('events.replays');

/** Keys start with account and region; names are encoded because partner bus names hold slashes. */
export function regionPrefix(account: string, region: string): string {
  return `${account}/${region}/`;
}

export function busKey(account: string, region: string, bus: string): string {
  return `${regionPrefix(account, region)}${encodeURIComponent(bus)}`;
}

export function rulesPrefix(account: string, region: string, bus: string): string {
  return `${busKey(account, region, bus)}/`;
}

export function ruleKey(account: string, region: string, bus: string, rule: string): string {
  return `${rulesPrefix(account, region, bus)}${rule}`;
}

export function namedKey(account: string, region: string, name: string): string {
  return `${regionPrefix(account, region)}${name}`;
}
