import type { Collection, Store, Transaction } from '../../store/store.js';
import type * as api from './api.generated.js';
import type { CloudTrailRecord } from './record.js';

/** One recorded event; `at` is the clock time of the call in milliseconds. */
export interface StoredEvent {
  region: string;
  at: number;
  record: CloudTrailRecord;
}

export interface TrailRecord {
  account: string;
  homeRegion: string;
  name: string;
  s3BucketName: string;
  s3KeyPrefix?: string;
  snsTopicName?: string;
  includeGlobalServiceEvents: boolean;
  isMultiRegionTrail: boolean;
  logFileValidationEnabled: boolean;
  cloudWatchLogsLogGroupArn?: string;
  cloudWatchLogsRoleArn?: string;
  kmsKeyId?: string;
  isOrganizationTrail: boolean;
  eventSelectors: api.EventSelector[];
  advancedEventSelectors?: api.AdvancedEventSelector[];
  insightSelectors?: api.InsightSelector[];
  tags: Record<string, string>;
  isLogging: boolean;
  startLoggingTime?: number;
  stopLoggingTime?: number;
  /** Events with a time up to here went into a log file already. */
  deliveredUpTo?: number;
  latestDeliveryTime?: number;
  latestDeliveryAttemptTime?: number;
  latestDeliveryError?: string;
}

type Scope = Store | Transaction;

export const events = (scope: Scope): Collection<StoredEvent> => scope.collection<StoredEvent>('cloudtrail.events');
export const trails = (scope: Scope): Collection<TrailRecord> => scope.collection<TrailRecord>('cloudtrail.trails');

const TIME_SPAN = 1e15;

/** Newest first: keys carry the time counted down, so a plain ordered listing reads back in time. */
export function eventKey(account: string, at: number, eventId: string): string {
  return `${account}/${String(TIME_SPAN - at).padStart(16, '0')}/${eventId}`;
}

/** The first key of events at or before `at` (keys after it are older). */
export function eventKeyAt(account: string, at: number): string {
  return `${account}/${String(TIME_SPAN - at).padStart(16, '0')}/`;
}

export function trailKey(account: string, region: string, name: string): string {
  return `${account}/${region}/${name}`;
}

export function trailArn(trail: Pick<TrailRecord, 'account' | 'homeRegion' | 'name'>): string {
  return `arn:aws:cloudtrail:${trail.homeRegion}:${trail.account}:trail/${trail.name}`;
}
