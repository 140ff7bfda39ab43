import type { ServiceDeps } from '../service-deps.js';
import { addressOf, childKey, events, groups, retainedFrom, streamEventsPrefix, streams } from './state.js';

const SWEEP_EVERY_MS = 3_600_000;

/**
 * Deletes events that have outlived their group's retention, once an hour of Nimbus time. Reads
 * already hide such events at once; the sweep frees their space and updates the streams' sizes.
 */
export class RetentionSweeper {
  private sweeping: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly deps: ServiceDeps) {}

  start(): void {
    const tick = () => {
      if (this.stopped) return;
      this.sweeping ??= this.sweep()
        .catch((error: unknown) => console.error('nimbus: log retention sweep failed', error))
        .finally(() => (this.sweeping = undefined));
      this.deps.clock.after(SWEEP_EVERY_MS, tick);
    };
    this.deps.clock.after(SWEEP_EVERY_MS, tick);
  }

  stop(): void {
    this.stopped = true;
  }

  async sweep(): Promise<void> {
    const now = this.deps.clock.now();
    for (const { value: group } of await groups(this.deps.store).list()) {
      if (!group.retentionInDays) continue;
      const oldest = retainedFrom(group, now);
      const address = addressOf(group);
      await this.deps.store.transaction(async (tx) => {
        for (const { key, value: stream } of await streams(tx).list({ prefix: `${childKey(address, '')}` })) {
          let freed = 0;
          let first: number | undefined;
          for (const entry of await events(tx).list({ prefix: streamEventsPrefix(address, stream.logStreamName) })) {
            if (entry.value.timestamp >= oldest) {
              first = entry.value.timestamp;
              break;
            }
            freed += Buffer.byteLength(entry.value.message);
            await events(tx).delete(entry.key);
          }
          if (!freed) continue;
          stream.storedBytes = Math.max(0, stream.storedBytes - freed);
          stream.firstEventTimestamp = first;
          await streams(tx).put(key, stream);
        }
      });
    }
  }
}
