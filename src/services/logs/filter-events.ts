import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { invalidParameter } from './errors.js';
import { FilterPatternError, parseFilterPattern, type FilterPattern } from './filter-pattern.js';
import { requireGroup } from './groups.js';
import { EVENT_OVERHEAD_BYTES, MAX_BATCH_BYTES } from './ingest.js';
import { groupAddress } from './names.js';
import { childrenPrefix, events, retainedFrom } from './state.js';

/** Compiles a pattern from a request, reporting bad syntax as Logs does. */
export function compilePattern(pattern: string | undefined): FilterPattern {
  try {
    return parseFilterPattern(pattern ?? '');
  } catch (error) {
    if (error instanceof FilterPatternError) throw invalidParameter(error.message);
    throw error;
  }
}

/**
 * FilterLogEvents: the group's events across its streams, in time order, that fall in the time
 * range and match the pattern; pages are cut by count and the 1 MB response size.
 */
export async function filterLogEvents(deps: ServiceDeps, input: api.FilterLogEventsRequest, context: CallContext): Promise<api.FilterLogEventsResponse> {
  if (input.logStreamNames !== undefined && input.logStreamNamePrefix !== undefined) {
    throw invalidParameter('You cannot specify both LogStreamNames and LogStreamNamePrefix.');
  }
  const address = groupAddress(context, input);
  const group = await requireGroup(deps.store, address);
  const pattern = compilePattern(input.filterPattern);
  const after = input.nextToken === undefined ? undefined : decodeToken(input.nextToken);
  const prefix = childrenPrefix(address);
  const oldest = Math.max(retainedFrom(group, deps.clock.now()), input.startTime ?? -Infinity);
  const names = input.logStreamNames ? new Set(input.logStreamNames) : undefined;
  const found = (await events(deps.store).list({ prefix }))
    .map((entry) => ({ position: entry.key.slice(entry.key.lastIndexOf(':') + 1), event: entry.value }))
    .filter(({ event }) => event.timestamp >= oldest && (input.endTime === undefined || event.timestamp <= input.endTime))
    .filter(({ event }) => (!names || names.has(event.logStreamName)) && event.logStreamName.startsWith(input.logStreamNamePrefix ?? ''))
    .sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0))
    .filter(({ position }) => after === undefined || position > after);
  const limit = input.limit ?? 10_000;
  const matched: api.FilteredLogEvent[] = [];
  let bytes = 0;
  let last: string | undefined;
  let more = false;
  for (const { position, event } of found) {
    if (!pattern.match(event.message)) continue;
    bytes += Buffer.byteLength(event.message) + EVENT_OVERHEAD_BYTES;
    if (matched.length >= limit || bytes > MAX_BATCH_BYTES) {
      more = true;
      break;
    }
    matched.push({ logStreamName: event.logStreamName, timestamp: event.timestamp, message: event.message, ingestionTime: event.ingestionTime, eventId: event.eventId });
    last = position;
  }
  return { events: matched, searchedLogStreams: [], nextToken: more && last ? encodeToken(last) : undefined };
}

function encodeToken(position: string): string {
  return Buffer.from(`after/${position}`).toString('base64');
}

function decodeToken(token: string): string {
  const match = /^after\/(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
  if (!match) throw invalidParameter('The specified nextToken is invalid.');
  return match[1]!;
}
