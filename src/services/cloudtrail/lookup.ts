import type { CallContext } from '../../common/call-context.js';
import type { Store } from '../../store/store.js';
import type * as api from './api.generated.js';
import { invalidLookupAttributes, invalidMaxResults, invalidNextToken, invalidTimeRange } from './errors.js';
import { usernameOf, type CloudTrailRecord } from './record.js';
import { resourceName } from './resources.js';
import { eventKeyAt, events, type StoredEvent } from './state.js';

const DEFAULT_MAX_RESULTS = 50;
const HISTORY_MS = 90 * 86_400_000;
const PAGE = 500;

/**
 * LookupEvents: the region's management events of the last 90 days, newest first, filtered by at
 * one attribute (the first given). Data events are stored for trails but never looked up, as in AWS.
 */
export async function lookupEvents(store: Store, now: number, input: api.LookupEventsRequest, context: CallContext): Promise<api.LookupEventsResponse> {
  const maxResults = input.MaxResults ?? DEFAULT_MAX_RESULTS;
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > DEFAULT_MAX_RESULTS) throw invalidMaxResults();
  // AWS honours the first attribute and ignores any others, without an error.
  const attributes = input.LookupAttributes ?? [];
  const start = input.StartTime?.getTime() ?? now - HISTORY_MS;
  const end = input.EndTime?.getTime() ?? now;
  if (start > end) throw invalidTimeRange();
  if (input.EventCategory === 'insight') return { Events: [] };
  const matches = attributes[0] ? matcher(attributes[0]) : () => true;

  const prefix = `${context.account}/`;
  let after = input.NextToken ? decodeToken(input.NextToken, prefix) : eventKeyAt(context.account, end).slice(0, -1);
  const found: api.Event[] = [];
  for (;;) {
    const page = await events(store).list({ prefix, after, limit: PAGE });
    for (const { key, value } of page) {
      if (value.at < start) return { Events: found };
      if (!wanted(value, context.region) || !matches(value.record)) continue;
      if (found.length === maxResults) return { Events: found, NextToken: encodeToken(after) };
      found.push(eventView(value.record));
      after = key;
    }
    if (page.length < PAGE) return { Events: found };
    after = page[page.length - 1]!.key;
  }
}

function wanted(event: StoredEvent, region: string): boolean {
  return event.region === region && event.record.managementEvent;
}

function matcher(attribute: api.LookupAttribute): (record: CloudTrailRecord) => boolean {
  const value = attribute.AttributeValue;
  switch (attribute.AttributeKey) {
    case 'EventId': return (record) => record.eventID === value;
    case 'EventName': return (record) => record.eventName === value;
    case 'ReadOnly':
      if (value !== 'true' && value !== 'false') throw invalidLookupAttributes(`Invalid value for ReadOnly attribute: ${value}. Valid values are true and false.`);
      return (record) => String(record.readOnly) === value;
    case 'Username': return (record) => usernameOf(record.userIdentity) === value;
    case 'ResourceType': return (record) => (record.resources ?? []).some((resource) => resource.type === value);
    case 'ResourceName': return (record) => (record.resources ?? []).some((resource) => resourceName(resource) === value || resource.ARN === value);
    case 'EventSource': return (record) => record.eventSource === value;
    case 'AccessKeyId': return (record) => record.userIdentity.accessKeyId === value;
    default: throw invalidLookupAttributes(`Invalid attribute key: ${String(attribute.AttributeKey)}`);
  }
}

function eventView(record: CloudTrailRecord): api.Event {
  return {
    EventId: record.eventID,
    EventName: record.eventName,
    ReadOnly: String(record.readOnly),
    AccessKeyId: record.userIdentity.accessKeyId,
    EventTime: new Date(record.eventTime),
    EventSource: record.eventSource,
    Username: usernameOf(record.userIdentity),
    Resources: (record.resources ?? []).map((resource) => ({ ResourceType: resource.type, ResourceName: resourceName(resource) })),
    CloudTrailEvent: JSON.stringify(record),
  };
}

function encodeToken(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64');
}

function decodeToken(token: string, prefix: string): string {
  const key = Buffer.from(token, 'base64').toString('utf8');
  if (!key.startsWith(prefix) || Buffer.from(key, 'utf8').toString('base64') !== token) throw invalidNextToken();
  return key;
}
