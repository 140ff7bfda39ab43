/** A FIFO mutex for async work: transactions hold it from BEGIN to COMMIT. */
export class AsyncLock {
  private tail: Promise<void> = Promise.resolve();
  private holders = 0;

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
    return () => {
      this.holders--;
      release();
    };
  }

  /** Resolves when no transaction holds or waits for the lock. */
  async idle(): Promise<void> {
    while (this.holders > 0) await this.tail;
  }
}
