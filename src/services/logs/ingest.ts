import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type { InputLogEvent, RejectedLogEventsInfo } from './api.generated.js';
import { invalidParameter, streamNotFound } from './errors.js';
import { publishMetrics } from './metric-publishing.js';
import { childKey, eventSortKey, events, streamEventsPrefix, streams, type GroupAddress, type LogEventRecord, type LogGroupRecord } from './state.js';
import { deliverToSubscribers } from './subscription-delivery.js';

const DAY_MS = 86_400_000;
const MAX_AGE_MS = 14 * DAY_MS;
const MAX_FUTURE_MS = 2 * 3_600_000;
const MAX_SPAN_MS = DAY_MS;
export const MAX_BATCH_BYTES = 1_048_576;
export const EVENT_OVERHEAD_BYTES = 26;

/** Which events of a batch PutLogEvents takes, and the indexes it reports for the others. */
export interface Triage {
  accepted: InputLogEvent[];
  rejected?: RejectedLogEventsInfo;
}

/** The size PutLogEvents counts: each message in UTF-8 plus 26 bytes. */
export function batchBytes(batch: InputLogEvent[]): number {
  return batch.reduce((sum, event) => sum + Buffer.byteLength(event.message) + EVENT_OVERHEAD_BYTES, 0);
}

/** The batch rules that fail the whole request: size and chronological order. */
export function checkBatch(batch: InputLogEvent[]): void {
  const bytes = batchBytes(batch);
  if (bytes > MAX_BATCH_BYTES) throw invalidParameter(`Upload too large: ${bytes} bytes exceeds limit of ${MAX_BATCH_BYTES}`);
  for (let i = 1; i < batch.length; i++) {
    if (batch[i]!.timestamp < batch[i - 1]!.timestamp) {
      throw invalidParameter('Log events in a single PutLogEvents request must be in chronological order.');
    }
  }
}

/**
 * Sorts a chronological batch into too old (past 14 days), expired (before the group's retention),
 * too new (over 2 hours ahead) and accepted; the accepted ones may span 24 hours at most.
 */
export function triage(batch: InputLogEvent[], group: LogGroupRecord, now: number): Triage {
  const tooOldBefore = now - MAX_AGE_MS;
  const expiredBefore = group.retentionInDays ? now - group.retentionInDays * DAY_MS : -Infinity;
  const tooNewAfter = now + MAX_FUTURE_MS;
  const rejected: RejectedLogEventsInfo = {};
  let start = 0;
  while (start < batch.length && (batch[start]!.timestamp < tooOldBefore || batch[start]!.timestamp < expiredBefore)) start++;
  const tooOld = batch.filter((event) => event.timestamp < tooOldBefore).length;
  const expired = batch.filter((event) => event.timestamp < expiredBefore).length;
  if (tooOld) rejected.tooOldLogEventEndIndex = tooOld;
  if (expired) rejected.expiredLogEventEndIndex = expired;
  let end = start;
  while (end < batch.length && batch[end]!.timestamp <= tooNewAfter) end++;
  if (end < batch.length) rejected.tooNewLogEventStartIndex = end;
  const accepted = batch.slice(start, end);
  if (accepted.length && accepted[accepted.length - 1]!.timestamp - accepted[0]!.timestamp > MAX_SPAN_MS) {
    throw invalidParameter('The batch of log events in a single PutLogEvents request cannot span more than 24 hours.');
  }
  return { accepted, rejected: Object.keys(rejected).length ? rejected : undefined };
}

let eventCounter = 0;

/** Event ids are 56 digits in AWS; these sort by timestamp and arrival like AWS's do. */
function eventId(timestamp: number): string {
  eventCounter = (eventCounter + 1) % 1e9;
  return `${String(timestamp).padStart(20, '0')}${String(eventCounter).padStart(36, '0')}`;
}

/**
 * Stores accepted events in an existing stream, updates its times and size, and within the same
 * transaction publishes the group's metric filters and queues its subscription deliveries.
 */
export async function storeEvents(deps: ServiceDeps, tx: Transaction, group: LogGroupRecord, logStreamName: string, accepted: InputLogEvent[]): Promise<void> {
  const address: GroupAddress = { account: group.account, region: group.region, logGroupName: group.logGroupName };
  const stream = await streams(tx).get(childKey(address, logStreamName));
  if (!stream) throw streamNotFound();
  if (!accepted.length) return;
  const now = deps.clock.now();
  const records: LogEventRecord[] = [];
  for (const event of accepted) {
    const record = { logStreamName, timestamp: event.timestamp, message: event.message, ingestionTime: now, eventId: eventId(event.timestamp) };
    await events(tx).put(streamEventsPrefix(address, logStreamName) + eventSortKey(event.timestamp), record);
    records.push(record);
  }
  const first = accepted[0]!.timestamp;
  const last = accepted[accepted.length - 1]!.timestamp;
  stream.firstEventTimestamp = Math.min(stream.firstEventTimestamp ?? first, first);
  stream.lastEventTimestamp = Math.max(stream.lastEventTimestamp ?? last, last);
  stream.lastIngestionTime = now;
  stream.storedBytes += accepted.reduce((sum, event) => sum + Buffer.byteLength(event.message), 0);
  await streams(tx).put(childKey(address, logStreamName), stream);
  await publishMetrics(deps, tx, address, records);
  await deliverToSubscribers(deps, tx, address, logStreamName, records);
}
