import type { Clock, Timer } from '../clock/clock.js';
import { ExecutionEnvironment, type InvokeOutcome, type InvokeRequest } from './environment.js';
import type { FunctionSpec } from './launch.js';

/** An environment kept warm this long after its last invocation, then reaped. */
export const IDLE_LIFETIME_MS = 5 * 60_000;

/** Thrown when every environment a function may have is busy: Lambda's throttle. */
export class ConcurrencyLimitReached extends Error {
  constructor(readonly concurrencyKey: string) {
    super(`concurrency limit reached for ${concurrencyKey}`);
  }
}

interface Warm {
  environment: ExecutionEnvironment;
  busy: boolean;
  idleTimer?: Timer;
  /** Started ahead by provisioned concurrency: kept until unprovisioned, never reaped for idleness. */
  provisioned?: boolean;
}

/**
 * Every execution environment of this Nimbus. An invocation takes a warm idle environment of the
 * same function revision, or starts a new one while the function is under its concurrency limit;
 * an environment idle for `IDLE_LIFETIME_MS` of clock time is stopped. Provisioned environments
 * are started before any invocation asks for them and stay until their configuration goes.
 */
export class EnvironmentPool {
  private readonly byKey = new Map<string, Warm[]>();

  constructor(private readonly clock: Clock) {
    process.once('exit', () => this.stopAll());
  }

  /** Invocations running now for one function (every version and alias). */
  inFlight(concurrencyKey: string): number {
    let count = 0;
    for (const warm of this.all()) if (warm.busy && warm.environment.spec.concurrencyKey === concurrencyKey) count++;
    return count;
  }

  async invoke(spec: FunctionSpec, request: InvokeRequest, limit: number): Promise<InvokeOutcome> {
    const warm = this.acquire(spec, limit);
    try {
      return await warm.environment.invoke(request);
    } finally {
      this.release(spec.key, warm);
    }
  }

  /** Stops the environments of every revision whose key starts with `prefix` (a function updated or deleted). */
  retire(prefix: string): void {
    for (const [key, list] of this.byKey) {
      if (!key.startsWith(prefix)) continue;
      for (const warm of list) {
        warm.provisioned = false;
        if (!warm.busy) this.reap(key, warm);
      }
    }
  }

  /** Keeps exactly `count` provisioned environments of the spec's revision, starting the missing ones now. */
  provision(spec: FunctionSpec, count: number): void {
    const provisioned = (this.byKey.get(spec.key) ?? []).filter((warm) => warm.provisioned && !warm.environment.dead);
    for (const extra of provisioned.slice(count)) {
      extra.provisioned = false;
      if (!extra.busy) this.reap(spec.key, extra);
    }
    const list = this.byKey.get(spec.key) ?? [];
    for (let i = provisioned.length; i < count; i++) {
      const warm: Warm = { environment: new ExecutionEnvironment({ ...spec, initializationType: 'provisioned-concurrency' }, this.clock), busy: false, provisioned: true };
      void warm.environment.start();
      list.push(warm);
    }
    if (list.length) this.byKey.set(spec.key, list);
  }

  /** Provisioned environments of revisions whose key starts with `prefix` become ordinary ones, reaped when idle. */
  unprovision(prefix: string): void {
    for (const [key, list] of this.byKey) {
      if (!key.startsWith(prefix)) continue;
      for (const warm of list.filter((candidate) => candidate.provisioned)) {
        warm.provisioned = false;
        if (!warm.busy) this.reap(key, warm);
      }
    }
  }

  stopAll(): void {
    for (const warm of this.all()) {
      warm.idleTimer?.cancel();
      warm.environment.stop();
    }
    this.byKey.clear();
  }

  private acquire(spec: FunctionSpec, limit: number): Warm {
    if (this.inFlight(spec.concurrencyKey) >= limit) throw new ConcurrencyLimitReached(spec.concurrencyKey);
    const list = this.byKey.get(spec.key) ?? [];
    const ready = list.filter((warm) => !warm.busy && !warm.environment.dead);
    const idle = ready.find((warm) => warm.provisioned) ?? ready[0];
    if (idle) {
      idle.idleTimer?.cancel();
      idle.busy = true;
      return idle;
    }
    const warm: Warm = { environment: new ExecutionEnvironment(spec, this.clock), busy: true };
    list.push(warm);
    this.byKey.set(spec.key, list);
    return warm;
  }

  private release(key: string, warm: Warm): void {
    warm.busy = false;
    if (warm.environment.dead) return this.reap(key, warm);
    if (warm.provisioned) return;
    warm.idleTimer = this.clock.after(IDLE_LIFETIME_MS, () => this.reap(key, warm));
  }

  private reap(key: string, warm: Warm): void {
    warm.idleTimer?.cancel();
    warm.environment.stop();
    const list = (this.byKey.get(key) ?? []).filter((other) => other !== warm);
    if (list.length) this.byKey.set(key, list);
    else this.byKey.delete(key);
  }

  private *all(): Iterable<Warm> {
    for (const list of this.byKey.values()) yield* list;
  }
}
