// The isolation of transactions: every request to a region's tables holds the lock shared, a transaction
// holds it alone, so no request sees a transaction half applied or writes between its check and its write.
//
// Requests that come while a transaction waits or runs wait for it (writer preference), so a steady flow
// of single-item requests cannot starve a transaction.

export class TableLock {
  /** Shared holders running now. */
  private active = 0;
  /** Exclusive holders waiting or running. */
  private pending = 0;
  /** Settles when the last exclusive holder queued so far is done. */
  private tail: Promise<void> = Promise.resolve();
  /** Wakes the exclusive holder waiting for the shared holders to finish. */
  private drained?: () => void;

  async shared<T>(fn: () => Promise<T>): Promise<T> {
    while (this.pending > 0) await this.tail;
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      if (this.active === 0) this.drained?.();
    }
  }

  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.pending++;
    try {
      await previous;
      if (this.active > 0) {
        await new Promise<void>((resolve) => {
          this.drained = resolve;
        });
        this.drained = undefined;
      }
      return await fn();
    } finally {
      this.pending--;
      release();
    }
  }
}
