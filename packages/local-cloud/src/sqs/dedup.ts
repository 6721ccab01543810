// FIFO deduplication: the ids (or content hashes) a queue saw in the last five minutes, and what it answered.

export const DEDUP_WINDOW_MS = 5 * 60 * 1000;

export interface FirstSend {
  id: string;
  sequenceNumber?: string;
}

export class DedupWindow {
  private readonly seen = new Map<string, FirstSend & { expiresAt: number }>();

  /** What the first message with this key was given, if it was sent within the window. */
  get(key: string, now: number): FirstSend | undefined {
    // Insertion order is expiry order, so only the oldest entries need looking at.
    for (const [k, v] of this.seen) {
      if (v.expiresAt > now) break;
      this.seen.delete(k);
    }
    return this.seen.get(key);
  }

  add(key: string, first: FirstSend, now: number): void {
    this.seen.set(key, { ...first, expiresAt: now + DEDUP_WINDOW_MS });
  }

  /** An entry read back from the state directory (entries come back oldest first). */
  restore(key: string, first: FirstSend, expiresAt: number): void {
    this.seen.set(key, { ...first, expiresAt });
  }

  /** PurgeQueue forgets the window too (recorded on AWS: a purged id may be sent again at once). */
  clear(): void {
    this.seen.clear();
  }
}
