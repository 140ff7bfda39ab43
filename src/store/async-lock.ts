/**
 * A FIFO mutex for async work. Transactions hold it from BEGIN to COMMIT; plain reads and writes
 * issued meanwhile queue behind it in call order, so a steady stream of transactions cannot
 * starve them.
 */
export class AsyncLock {
  private tail: Promise<void> = Promise.resolve();
  private holders = 0;

  /** True while anyone holds or waits for the lock. */
  get held(): boolean {
    return this.holders > 0;
  }

  async acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => next);
    this.holders++;
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holders--;
      release();
    };
  }

  /** Runs `operation` now when the lock is free, else in its turn; it must not await anything. */
  run<R>(operation: () => R): Promise<R> {
    if (!this.held) {
      try {
        return Promise.resolve(operation());
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return this.acquire().then((release) => {
      try {
        return operation();
      } finally {
        release();
      }
    });
  }
}
