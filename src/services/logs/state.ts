import type { Collection } from '../../store/store.js';
import type { LogGroupClass, MetricTransformation } from './api.generated.js';

/** Anything that hands out collections: the store, or a transaction in it. */
export interface Collections {
  collection<T>(name: string): Collection<T>;
}

export interface GroupAddress {
  account: string;
  region: string;
  logGroupName: string;
}

export interface LogGroupRecord {
  account: string;
  region: string;
  logGroupName: string;
  creationTime: number;
  retentionInDays?: number;
  kmsKeyId?: string;
  logGroupClass: LogGroupClass;
  deletionProtectionEnabled: boolean;
  tags: Record<string, string>;
}

export interface LogStreamRecord {
  logStreamName: string;
  creationTime: number;
  firstEventTimestamp?: number;
  lastEventTimestamp?: number;
  lastIngestionTime?: number;
  storedBytes: number;
}

/** One stored event; its key orders a stream's events by timestamp, then by arrival. */
export interface LogEventRecord {
  logStreamName: string;
  timestamp: number;
  message: string;
  ingestionTime: number;
  eventId: string;
}

export interface MetricFilterRecord {
  filterName: string;
  filterPattern: string;
  metricTransformations: MetricTransformation[];
  creationTime: number;
}

export interface SubscriptionFilterRecord {
  filterName: string;
  filterPattern: string;
  destinationArn: string;
  roleArn?: string;
  distribution: string;
  creationTime: number;
}

export const groups = (source: Collections) => source.collection<LogGroupRecord>('logs.groups');
export const streams = (source: Collections) => source.collection<LogStreamRecord>('logs.streams');
export const events = (source: Collections) => source.collection<LogEventRecord>('logs.events');
export const metricFilters = (source: Collections) => source.collection<MetricFilterRecord>('logs.metric-filters');
export const subscriptionFilters = (source: Collections) => source.collection<SubscriptionFilterRecord>('logs.subscription-filters');

/** Group names never hold ':' and stream names never do either, so ':' separates the parts of a key. */
export function groupKey(address: GroupAddress): string {
  return `${address.account}/${address.region}/${address.logGroupName}`;
}

export function groupsPrefix(account: string, region: string): string {
  return `${account}/${region}/`;
}

/** Streams, metric filters and subscription filters of a group: `<group key>:<name>`. */
export function childKey(address: GroupAddress, name: string): string {
  return `${groupKey(address)}:${name}`;
}

export function childrenPrefix(address: GroupAddress): string {
  return `${groupKey(address)}:`;
}

/** Every event of a stream sorts under this prefix, by `eventSortKey`. */
export function streamEventsPrefix(address: GroupAddress, logStreamName: string): string {
  return `${childKey(address, logStreamName)}:`;
}

/** Seeded at random so keys written after a restart never collide with earlier ones of the same millisecond. */
let arrival = Math.floor(Math.random() * 1_000_000_000);

/** Fifteen digits of timestamp, then nine of arrival order: an all-digit key that page tokens carry. */
export function eventSortKey(timestamp: number): string {
  arrival = (arrival + 1) % 1_000_000_000;
  return `${String(Math.max(0, timestamp)).padStart(15, '0')}${String(arrival).padStart(9, '0')}`;
}

/** Events still within the group's retention period are those at or after this time. */
export function retainedFrom(group: LogGroupRecord, now: number): number {
  return group.retentionInDays ? now - group.retentionInDays * 86_400_000 : -Infinity;
}

export function addressOf(group: LogGroupRecord): GroupAddress {
  return { account: group.account, region: group.region, logGroupName: group.logGroupName };
}

export function groupArn(address: GroupAddress): string {
  return `arn:aws:logs:${address.region}:${address.account}:log-group:${address.logGroupName}`;
}
