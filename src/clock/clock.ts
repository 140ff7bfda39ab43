/** A scheduled callback; `cancel` is safe to call after it ran. */
export interface Timer {
  cancel(): void;
}

interface Scheduled {
  at: number;
  seq: number;
  run: () => void;
  cancelled: boolean;
}

/**
 * All time in Nimbus: wall time plus an offset that tests move with `advance` (POST /_nimbus/clock).
 * Timers fire in due order whether time passes on its own or is advanced; one real timer, unref'd,
 * waits for the earliest.
 */
export class Clock {
  private offset = 0;
  private seq = 0;
  private queue: Scheduled[] = [];
  private wakeup: NodeJS.Timeout | undefined;
  private wakeupAt = Infinity;

  now(): number {
    return Date.now() + this.offset;
  }

  /** How many timers are waiting to fire. */
  get pending(): number {
    return this.queue.filter((entry) => !entry.cancelled).length;
  }

  date(): Date {
    return new Date(this.now());
  }

  /** Runs `run` when the clock reads `at` (epoch milliseconds) or later. */
  at(at: number, run: () => void): Timer {
    const entry: Scheduled = { at, seq: this.seq++, run, cancelled: false };
    this.insert(entry);
    this.arm();
    return {
      cancel: () => {
        entry.cancelled = true;
      },
    };
  }

  after(milliseconds: number, run: () => void): Timer {
    return this.at(this.now() + milliseconds, run);
  }

  /** Resolves after `milliseconds` of clock time, or at once when `signal` aborts. */
  sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      // A long-lived signal (server shutdown) outlives many sleeps: drop the listener when done.
      const onAbort = () => {
        timer.cancel();
        resolve();
      };
      const timer = this.after(milliseconds, () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /**
   * Moves time forward and fires every timer that has come due, in order; while each one runs the
   * clock reads its due time, as if time had passed on its own.
   */
  advance(milliseconds: number): void {
    if (!(milliseconds >= 0)) throw new RangeError('the clock only moves forward');
    const end = this.now() + milliseconds;
    const target = this.offset + milliseconds;
    for (let entry = this.queue[0]; entry && entry.at <= end; entry = this.queue[0]) {
      this.queue.shift();
      if (entry.cancelled) continue;
      this.offset = Math.min(target, Math.max(this.offset, entry.at - Date.now()));
      this.fire(entry);
    }
    this.offset = target;
    // The real timer was set for the earliest timer's old distance; time has moved, so re-arm it.
    clearTimeout(this.wakeup);
    this.wakeup = undefined;
    this.wakeupAt = Infinity;
    this.fireDue();
  }

  /** Stops the real timer and drops every scheduled callback (shutdown). */
  stop(): void {
    clearTimeout(this.wakeup);
    this.wakeup = undefined;
    this.wakeupAt = Infinity;
    this.queue = [];
  }

  private insert(entry: Scheduled): void {
    let low = 0;
    let high = this.queue.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const other = this.queue[mid]!;
      if (other.at < entry.at || (other.at === entry.at && other.seq < entry.seq)) low = mid + 1;
      else high = mid;
    }
    this.queue.splice(low, 0, entry);
  }

  private fireDue(): void {
    const now = this.now();
    while (this.queue.length && this.queue[0]!.at <= now) {
      const entry = this.queue.shift()!;
      if (!entry.cancelled) this.fire(entry);
    }
    this.arm();
  }

  /** One failing callback must not keep later timers from firing. */
  private fire(entry: Scheduled): void {
    try {
      entry.run();
    } catch (error) {
      console.error('nimbus: a clock timer failed', error);
    }
  }

  private arm(): void {
    while (this.queue.length && this.queue[0]!.cancelled) this.queue.shift();
    const next = this.queue[0]?.at ?? Infinity;
    if (next === this.wakeupAt) return;
    clearTimeout(this.wakeup);
    this.wakeupAt = next;
    this.wakeup = undefined;
    if (next === Infinity) return;
    const delay = Math.min(Math.max(0, next - this.now()), 2 ** 31 - 1);
    this.wakeup = setTimeout(() => {
      this.wakeupAt = Infinity;
      this.fireDue();
    }, delay);
    this.wakeup.unref();
  }
}
