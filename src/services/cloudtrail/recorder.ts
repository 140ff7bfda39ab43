import type { Clock, Timer } from '../../clock/clock.js';
import type { EventBus } from '../../events/bus.js';
import type { Store } from '../../store/store.js';
import { API_CALL, type ApiCall } from './api-call.js';
import { toRecord } from './record.js';
import { eventKey, events } from './state.js';

const FLUSH_AFTER_MS = 100;
const FLUSH_AT_COUNT = 100;

/**
 * Listens to the gateway's `api-call` signal and writes the calls as CloudTrail records in batches:
 * a listener only pushes to memory, so a request never waits for the audit trail. A batch is
 * written after 100 ms of clock time or at 100 calls, whichever comes first.
 */
export class Recorder {
  private pending: ApiCall[] = [];
  private timer: Timer | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    bus: EventBus,
  ) {
    this.unsubscribe = bus.on(API_CALL, (payload) => this.take(payload as ApiCall));
  }

  /** Writes whatever is waiting; readers call it first so they see every call served before theirs. */
  flush(): Promise<void> {
    this.timer?.cancel();
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    this.writing = this.writing.then(() => this.write(batch)).catch((error: unknown) => console.error('nimbus: CloudTrail could not record a batch', error));
    return this.writing;
  }

  async stop(): Promise<void> {
    this.unsubscribe();
    await this.flush();
  }

  private take(call: ApiCall): void {
    this.pending.push(call);
    if (this.pending.length >= FLUSH_AT_COUNT) void this.flush();
    else this.timer ??= this.clock.after(FLUSH_AFTER_MS, () => void this.flush());
  }

  private async write(batch: ApiCall[]): Promise<void> {
    if (!batch.length) return;
    const records = batch.map((call) => ({ call, record: toRecord(call) }));
    await this.store.transaction(async (tx) => {
      for (const { call, record } of records) {
        await events(tx).put(eventKey(call.account, call.at, record.eventID), { region: call.region, at: call.at, record });
      }
    });
  }
}
