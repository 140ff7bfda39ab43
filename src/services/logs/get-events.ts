import type { CallContext } from '../../common/call-context.js';
import type { ServiceDeps } from '../service-deps.js';
import type * as api from './api.generated.js';
import { invalidParameter, streamNotFound } from './errors.js';
import { requireGroup } from './groups.js';
import { EVENT_OVERHEAD_BYTES, MAX_BATCH_BYTES } from './ingest.js';
import { groupAddress } from './names.js';
import { childKey, events, retainedFrom, streamEventsPrefix, streams, type LogEventRecord } from './state.js';

const TOKEN = /^([fb])\/(\d{24})$/;
const KEY_DIGITS = 24;

interface Positioned {
  position: string;
  event: LogEventRecord;
}

/**
 * GetLogEvents. A token names a position between events: `f/<position>` reads the events after
 * it, `b/<position>` those before it. Reading forward past the last event returns no events and
 * the same forward token, which is how clients know they have caught up.
 */
export async function getLogEvents(deps: ServiceDeps, input: api.GetLogEventsRequest, context: CallContext): Promise<api.GetLogEventsResponse> {
  const address = groupAddress(context, input);
  const group = await requireGroup(deps.store, address);
  if (!(await streams(deps.store).get(childKey(address, input.logStreamName)))) throw streamNotFound();
  const token = input.nextToken === undefined ? undefined : parseToken(input.nextToken);
  const prefix = streamEventsPrefix(address, input.logStreamName);
  const oldest = Math.max(retainedFrom(group, deps.clock.now()), input.startTime ?? -Infinity);
  const all: Positioned[] = (await events(deps.store).list({ prefix }))
    .map((entry) => ({ position: entry.key.slice(prefix.length), event: entry.value }))
    .filter(({ event }) => event.timestamp >= oldest && (input.endTime === undefined || event.timestamp < input.endTime));
  const forward = token ? token.direction === 'f' : input.startFromHead === true;
  const candidates = token ? all.filter(({ position }) => (forward ? position > token.position : position < token.position)) : all;
  const chosen = take(candidates, input.limit ?? 10_000, forward);
  const result = { events: chosen.map(({ event }) => ({ timestamp: event.timestamp, message: event.message, ingestionTime: event.ingestionTime })) };
  if (chosen.length) {
    return { ...result, nextForwardToken: `f/${chosen[chosen.length - 1]!.position}`, nextBackwardToken: `b/${chosen[0]!.position}` };
  }
  const here = token?.position ?? '0'.repeat(KEY_DIGITS);
  if (token?.direction === 'b') return { ...result, nextForwardToken: `f/${step(here, -1n)}`, nextBackwardToken: `b/${here}` };
  return { ...result, nextForwardToken: `f/${here}`, nextBackwardToken: `b/${step(here, 1n)}` };
}

/** The first (forward) or last (backward) `limit` events that fit in a 1 MB answer, in time order. */
function take(candidates: Positioned[], limit: number, forward: boolean): Positioned[] {
  const ordered = forward ? candidates : [...candidates].reverse();
  const chosen: Positioned[] = [];
  let bytes = 0;
  for (const item of ordered) {
    bytes += Buffer.byteLength(item.event.message) + EVENT_OVERHEAD_BYTES;
    if (chosen.length >= limit || bytes > MAX_BATCH_BYTES) break;
    chosen.push(item);
  }
  return forward ? chosen : chosen.reverse();
}

function parseToken(token: string): { direction: 'f' | 'b'; position: string } {
  const match = TOKEN.exec(token);
  if (!match) throw invalidParameter('The specified nextToken is invalid.');
  return { direction: match[1] as 'f' | 'b', position: match[2]! };
}

function step(position: string, by: bigint): string {
  const moved = BigInt(position) + by;
  return (moved < 0n ? 0n : moved).toString().padStart(KEY_DIGITS, '0');
}
