import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock/clock.js';
import type { Store, Transaction } from '../store/store.js';

const OUTBOX = '_outbox';
const MAX_BACKOFF_MS = 5 * 60_000;

/** A delivery: returns when done, throws to be retried later with backoff. */
export type DeliveryHandler = (payload: unknown) => Promise<void>;
export type Listener = (payload: unknown) => void;

interface OutboxEntry {
  topic: string;
  payload: unknown;
  attempts: number;
  dueAt: number;
}

/**
 * The in-process bus. `enqueue` writes a delivery into the durable outbox inside the caller's
 * transaction, so a write and the deliveries it causes commit together; they are delivered after
 * commit, retried with backoff, and delivered again after a restart if the process died first
 * (at least once, as AWS promises). `emit` is the fire-and-forget signal for wake-ups that need
 * no durability (a long poll learning a message arrived).
 */
export class EventBus {
  private readonly handlers = new Map<string, DeliveryHandler>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private draining = false;
  private drainAgain = false;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Registers the one handler that delivers a topic's outbox entries. */
  handle(topic: string, handler: DeliveryHandler): void {
    this.handlers.set(topic, handler);
    this.kick();
  }

  async enqueue(tx: Transaction, topic: string, payload: unknown): Promise<void> {
    const id = `${this.clock.now().toString().padStart(15, '0')}-${randomUUID()}`;
    await tx.collection<OutboxEntry>(OUTBOX).put(id, { topic, payload, attempts: 0, dueAt: 0 });
    tx.afterCommit(() => this.kick());
  }

  on(topic: string, listener: Listener): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  emit(topic: string, payload: unknown): void {
    for (const listener of this.listeners.get(topic) ?? []) listener(payload);
  }

  /** Delivers every due outbox entry whose topic has a handler; safe to call at any time. */
  kick(): void {
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = true;
    void this.drain().finally(() => {
      this.draining = false;
      if (this.drainAgain) {
        this.drainAgain = false;
        this.kick();
      }
    });
  }

  private async drain(): Promise<void> {
    const outbox = this.store.collection<OutboxEntry>(OUTBOX);
    let nextDue = Infinity;
    for (const { key, value } of await outbox.list()) {
      const handler = this.handlers.get(value.topic);
      if (!handler) continue;
      if (value.dueAt > this.clock.now()) {
        nextDue = Math.min(nextDue, value.dueAt);
        continue;
      }
      try {
        await handler(value.payload);
        await outbox.delete(key);
      } catch {
        const attempts = value.attempts + 1;
        const dueAt = this.clock.now() + Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempts);
        await outbox.put(key, { ...value, attempts, dueAt });
        nextDue = Math.min(nextDue, dueAt);
      }
    }
    if (nextDue !== Infinity) this.clock.at(nextDue, () => this.kick());
  }
}
