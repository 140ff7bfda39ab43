import { randomUUID } from 'node:crypto';
import type { CallContext } from '../../common/call-context.js';
import type { Transaction } from '../../store/store.js';
import type { ServiceDeps } from '../service-deps.js';
import type { PutEventsRequest, PutEventsRequestEntry, PutEventsResponse, PutEventsResultEntry } from './api.generated.js';
import { busNameOf } from './arns.js';
import type { Buses } from './buses.js';
import { validation } from './errors.js';
import type { Router } from './router.js';
import type { BusRecord, EventEnvelope } from './state.js';

/** Since January 2026 an EventBridge event may carry up to 1 MiB; a PutEvents call as a whole may too. */
export const MAX_REQUEST_ENTRIES_BYTES = 1024 * 1024;

/** PutEvents: each entry is checked on its own, and the accepted ones are routed in one transaction. */
export class EventIngestion {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly buses: Buses,
    private readonly router: Router,
  ) {}

  async putEvents(input: PutEventsRequest, context: CallContext): Promise<PutEventsResponse> {
    const total = input.Entries.reduce((sum, entry) => sum + entrySize(entry), 0);
    if (total > MAX_REQUEST_ENTRIES_BYTES) throw validation('Total size of the entries in the request is over the limit.');
    const results = await this.deps.store.transaction(async (tx) => {
      const accepted: PutEventsResultEntry[] = [];
      for (const entry of input.Entries) accepted.push(await this.accept(tx, entry, context));
      return accepted;
    });
    return { FailedEntryCount: results.filter((result) => result.ErrorCode).length, Entries: results };
  }

  private async accept(tx: Transaction, entry: PutEventsRequestEntry, context: CallContext): Promise<PutEventsResultEntry> {
    const problem = entryProblem(entry);
    if (problem) return problem;
    const bus = await this.buses.find(tx, context.account, context.region, busNameOf(entry.EventBusName));
    if (!bus) return { ErrorCode: 'ResourceNotFoundException', ErrorMessage: `Event bus ${busNameOf(entry.EventBusName)} does not exist.` };
    const event = this.envelope(bus, entry);
    await this.router.route(tx, bus, event);
    return { EventId: event.id };
  }

  private envelope(bus: BusRecord, entry: PutEventsRequestEntry): EventEnvelope {
    return {
      version: '0',
      id: randomUUID(),
      'detail-type': entry.DetailType!,
      source: entry.Source!,
      account: bus.account,
      time: eventTime(entry.Time ? entry.Time.getTime() : this.deps.clock.now()),
      region: bus.region,
      resources: entry.Resources ?? [],
      detail: JSON.parse(entry.Detail!) as unknown,
    };
  }
}

/** Event times are written to the second, as AWS writes them. */
export function eventTime(milliseconds: number): string {
  return new Date(milliseconds).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function entryProblem(entry: PutEventsRequestEntry): PutEventsResultEntry | undefined {
  for (const field of ['Source', 'DetailType', 'Detail'] as const) {
    if (!entry[field]) return { ErrorCode: 'InvalidArgument', ErrorMessage: `Parameter ${field} is not valid. Reason: ${field} is a required argument.` };
  }
  let detail: unknown;
  try {
    detail = JSON.parse(entry.Detail!);
  } catch {
    return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
  }
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
  return undefined;
}

/** The entry size as AWS documents it: 14 bytes for a Time, then the UTF-8 bytes of each text. */
function entrySize(entry: PutEventsRequestEntry): number {
  const bytes = (text: string | undefined) => (text ? Buffer.byteLength(text) : 0);
  return (entry.Time ? 14 : 0) + bytes(entry.Source) + bytes(entry.DetailType) + bytes(entry.Detail) + (entry.Resources ?? []).reduce((sum, resource) => sum + bytes(resource), 0);
}
