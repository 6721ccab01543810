// A binary min-heap by time: when the next delayed or in-flight message becomes visible.

export interface Due<T> {
  at: number;
  item: T;
  /** The item's generation when scheduled; a later change makes this entry stale. */
  gen: number;
}

export class TimeHeap<T> {
  private readonly a: Due<T>[] = [];

  get size(): number {
    return this.a.length;
  }

  peek(): Due<T> | undefined {
    return this.a[0];
  }

  push(entry: Due<T>): void {
    const a = this.a;
    a.push(entry);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p].at <= entry.at) break;
      a[i] = a[p];
      i = p;
    }
    a[i] = entry;
  }

  pop(): Due<T> | undefined {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      let i = 0;
      const n = a.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && a[r].at < a[l].at ? r : l;
        if (a[c].at >= last.at) break;
        a[i] = a[c];
        i = c;
      }
      a[i] = last;
    }
    return top;
  }

  clear(): void {
    this.a.length = 0;
  }
}
