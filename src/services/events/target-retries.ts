import { randomUUID } from 'node:crypto';
import type { ServiceDeps } from '../service-deps.js';
import type { TargetDelivery } from './target-delivery.js';

interface WaitingRetry {
  dueAt: number;
  delivery: TargetDelivery;
}

const COLLECTION = 'events.target-retries';

/**
 * Retries waiting on the clock. Each is a record in the store until it is due, when it goes back into
 * the outbox in the same transaction that removes it; a restarted Nimbus schedules them again.
 */
export class TargetRetries {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly topic: string,
  ) {}

  async add(dueAt: number, delivery: TargetDelivery): Promise<void> {
    const key = `${String(dueAt).padStart(15, '0')}-${randomUUID()}`;
    const record: WaitingRetry = { dueAt, delivery };
    await this.deps.store.collection<WaitingRetry>(COLLECTION).put(key, record);
    this.schedule(key, record);
  }

  /** Schedules the retries a previous run left waiting. */
  async resume(): Promise<void> {
    for (const { key, value } of await this.deps.store.collection<WaitingRetry>(COLLECTION).list()) this.schedule(key, value);
  }

  private schedule(key: string, record: WaitingRetry): void {
    this.deps.clock.at(record.dueAt, () => {
      void this.deps.store.transaction(async (tx) => {
        const waiting = tx.collection<WaitingRetry>(COLLECTION);
        if (!(await waiting.get(key))) return;
        await waiting.delete(key);
        await this.deps.bus.enqueue(tx, this.topic, record.delivery);
      }).catch((error: unknown) => console.error('nimbus: an EventBridge retry could not be queued', error));
    });
  }
}
