import { randomUUID } from 'node:crypto';
import type { Clock, Timer } from '../clock/clock.js';
import type { Store, Transaction } from '../store/store.js';
import { DeliveryRefused } from './delivery-refused.js';

const OUTBOX = '_outbox';
const MAX_BACKOFF_MS = 5 * 60_000;

/** A delivery: returns when done, throws to be retried later with backoff, or `DeliveryRefused` to be dropped. */
export type DeliveryHandler = (payload: unknown) => Promise<void>;
export type Listener = (payload: unknown) => void;
/** Answers a synchronous in-process request from another service (an API Gateway → Lambda invoke). */
export type Responder = (payload: unknown) => Promise<unknown>;

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
  private readonly responders = new Map<string, Responder>();
  private readonly held = new Map<string, { limit: number; payloads: unknown[] }>();
  private draining = false;
  private drainAgain = false;
  private stopped = false;
  private retry: { at: number; timer: Timer } | undefined;
  private lastStamp = 0;
  private sequence = 0;
  private readonly node = randomUUID().slice(0, 8);
  private loadService: ((service: string) => Promise<unknown>) | undefined;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Registers the one handler that delivers a topic's outbox entries. */
  handle(topic: string, handler: DeliveryHandler): void {
    this.handlers.set(topic, handler);
    this.kick();
  }

  /**
   * Topics are named `<service>.<delivery>`; services register their handlers when created, so the
   * bus asks for a service to be loaded when an entry for it is waiting (after a restart, say).
   */
  setServiceLoader(loader: (service: string) => Promise<unknown>): void {
    this.loadService = loader;
  }

  async enqueue(tx: Transaction, topic: string, payload: unknown): Promise<void> {
    await tx.collection<OutboxEntry>(OUTBOX).put(this.nextId(), { topic, payload, attempts: 0, dueAt: 0 });
    tx.afterCommit(() => this.kick());
  }

  /**
   * Runs a topic's handler now, outside the outbox, and rejects with what it threw: a service that
   * keeps its own retries (EventBridge targets) learns whether and why a delivery failed.
   */
  async deliver(topic: string, payload: unknown): Promise<void> {
    const handler = this.handlers.get(topic) ?? (await this.loadHandler(topic));
    if (!handler) throw new Error(`no service delivers ${topic}`);
    await handler(payload);
  }

  /** Registers the one responder for a request topic (`<service>.<request>`). */
  respond(topic: string, responder: Responder): void {
    this.responders.set(topic, responder);
  }

  /**
   * A synchronous call to another service, in-process and not durable: the caller waits for the
   * answer, as API Gateway waits for a Lambda. The owning service is loaded on demand.
   */
  async request<T = unknown>(topic: string, payload: unknown): Promise<T> {
    let responder = this.responders.get(topic);
    if (!responder) {
      const dot = topic.indexOf('.');
      if (this.loadService && dot > 0) await this.loadService(topic.slice(0, dot));
      responder = this.responders.get(topic);
    }
    if (!responder) throw new Error(`no service answers ${topic}`);
    return (await responder(payload)) as T;
  }

  on(topic: string, listener: Listener): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    const held = this.held.get(topic);
    if (held) {
      this.held.delete(topic);
      for (const payload of held.payloads) listener(payload);
    }
    return () => set.delete(listener);
  }

  /**
   * Keeps the latest `limit` signals of a topic that nobody listens to yet and hands them to its first
   * listener: the audit trail hears the calls served while CloudTrail was still loading.
   */
  holdUntilHeard(topic: string, limit: number): void {
    if (!this.listeners.get(topic)?.size) this.held.set(topic, { limit, payloads: [] });
  }

  /** Signals every listener; one that throws is reported and does not stop the others or the emitter. */
  emit(topic: string, payload: unknown): void {
    const held = this.held.get(topic);
    if (held) {
      held.payloads.push(payload);
      if (held.payloads.length > held.limit) held.payloads.shift();
      return;
    }
    for (const listener of this.listeners.get(topic) ?? []) {
      try {
        listener(payload);
      } catch (error) {
        console.error(`nimbus: a listener for ${topic} failed`, error);
      }
    }
  }

  /** Delivers every due outbox entry whose topic has a handler; safe to call at any time. */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = true;
    this.drain()
      .catch((error: unknown) => {
        if (this.stopped) return;
        console.error('nimbus: outbox delivery failed; retrying', error);
        this.scheduleRetry(this.clock.now() + 1000);
      })
      .finally(() => {
        this.draining = false;
        if (this.drainAgain) {
          this.drainAgain = false;
          this.kick();
        }
      });
  }

  /** Stops delivering (before the store closes); entries left in the outbox wait for the next start. */
  stop(): void {
    this.stopped = true;
    this.retry?.timer.cancel();
    this.retry = undefined;
  }

  private async drain(): Promise<void> {
    const outbox = this.store.collection<OutboxEntry>(OUTBOX);
    let nextDue = Infinity;
    for (const { key, value } of await outbox.list()) {
      if (this.stopped) return;
      const handler = this.handlers.get(value.topic) ?? (await this.loadHandler(value.topic));
      if (!handler) continue;
      const now = this.clock.now();
      // A due time further off than any backoff was set by a clock that ran ahead before a restart.
      if (value.dueAt > now && value.dueAt - now <= MAX_BACKOFF_MS) {
        nextDue = Math.min(nextDue, value.dueAt);
        continue;
      }
      try {
        await handler(value.payload);
        await outbox.delete(key);
      } catch (error) {
        if (this.stopped) return;
        if (error instanceof DeliveryRefused) {
          await outbox.delete(key);
          continue;
        }
        const attempts = value.attempts + 1;
        const dueAt = this.clock.now() + Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempts);
        await outbox.put(key, { ...value, attempts, dueAt });
        nextDue = Math.min(nextDue, dueAt);
      }
    }
    if (nextDue !== Infinity) this.scheduleRetry(nextDue);
  }

  private async loadHandler(topic: string): Promise<DeliveryHandler | undefined> {
    const dot = topic.indexOf('.');
    if (!this.loadService || dot < 0) return undefined;
    await this.loadService(topic.slice(0, dot));
    return this.handlers.get(topic);
  }

  /** One retry timer at a time, at the earliest due time; a kick on every commit must not pile them up. */
  private scheduleRetry(at: number): void {
    if (this.retry && this.retry.at <= at) return;
    this.retry?.timer.cancel();
    const timer = this.clock.at(at, () => {
      this.retry = undefined;
      this.kick();
    });
    this.retry = { at, timer };
  }

  /** Outbox keys sort in enqueue order: clock time, then a sequence for entries within one millisecond. */
  private nextId(): string {
    const now = Math.max(this.clock.now(), this.lastStamp);
    this.sequence = now === this.lastStamp ? this.sequence + 1 : 0;
    this.lastStamp = now;
    return `${now.toString().padStart(15, '0')}-${this.sequence.toString().padStart(6, '0')}-${this.node}`;
  }
}
