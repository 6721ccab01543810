// Runs every tap until each fired invocation has its record or the deadline passes, matching records to
// invocations by request id, or by the marker field when the spec names one; invocations may be added
// while the taps run (cases fired in rounds).
import type { Invocation } from './fire.js';
import type { Arrival, Tap, TapContext, Unreadable } from './tap/types.js';
import type { InvocationRecord } from './types.js';

export interface MatchedArrival extends Arrival {
  /** Index into the invocations. */
  invocation: number;
}

export interface CollectOptions {
  markerField?: string;
  deadlineMs: number;
  waitSeconds: number;
  pollIntervalMs: number;
  signal?: AbortSignal;
  onProgress?: (received: number, expected: number) => void;
}

export interface UnreadableSeen extends Unreadable {
  /** Index into the invocations. */
  invocation: number;
}

export interface CollectResult {
  arrivals: MatchedArrival[];
  /** Invocations whose record reached a destination in a form the verifier cannot read. */
  unreadable: UnreadableSeen[];
  /** Invocations of each destination function seen while collecting. */
  invoked: Record<string, number>;
  /** The deadline passed before every invocation had a record. */
  timedOut: boolean;
  /** Why collecting stopped early when a tap could never read again (see TapContext.onBroken). */
  broken?: string;
  elapsedMs: number;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export class Correlator {
  private readonly byRequestId = new Map<string, number>();
  private readonly byMarker = new Map<string, number>();

  constructor(
    invocations: Invocation[],
    private readonly markerField?: string,
  ) {
    this.add(invocations, 0);
  }

  /** Knows these invocations too, the first at index `from`. */
  add(invocations: Invocation[], from: number): void {
    invocations.forEach((inv, k) => {
      if (inv.requestId) this.byRequestId.set(inv.requestId, from + k);
      if (inv.marker) this.byMarker.set(inv.marker, from + k);
    });
  }

  /** The invocation a text names by request id (or marker), or undefined. */
  mentioned(text: string): number | undefined {
    for (const id of text.match(UUID) ?? []) if (this.byRequestId.has(id)) return this.byRequestId.get(id);
    for (const [marker, i] of this.byMarker) if (text.includes(marker)) return i;
    return undefined;
  }

  /** The invocation a record belongs to, or undefined when it is not from this run. */
  match(record: InvocationRecord): number | undefined {
    const id = record.requestContext?.requestId;
    if (id && this.byRequestId.has(id)) return this.byRequestId.get(id);
    if (this.markerField) {
      const p = record.requestPayload as Record<string, unknown> | undefined;
      const m = p && typeof p === 'object' ? p[this.markerField] : undefined;
      if (typeof m === 'string' && this.byMarker.has(m)) return this.byMarker.get(m);
    }
    return undefined;
  }
}

/** Collects every invocation at once: the usual run, where nothing is arranged between cases. */
export async function collect(
  taps: Tap[],
  invocations: Invocation[],
  options: CollectOptions,
): Promise<CollectResult> {
  const collection = new Collection(taps, options);
  collection.add(invocations);
  return collection.finish();
}

/**
 * Taps running for the whole run while invocations are added in rounds (a case that changes its function
 * fires only after the function's other records are in, and restores it once its own are): `settled`
 * waits for one round, `finish` for everything, until the deadline counted from the start.
 */
export class Collection {
  private readonly started = Date.now();
  private readonly correlator: Correlator;
  readonly invocations: Invocation[] = [];
  private readonly wanted = new Set<number>();
  private readonly arrivals: MatchedArrival[] = [];
  private readonly unreadable: UnreadableSeen[] = [];
  private readonly invoked: Record<string, number> = {};
  private readonly stop = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly running: Promise<unknown>;
  private readonly onOuterAbort = () => this.stop.abort();
  private waiters: { indices: number[]; done: () => void }[] = [];
  private finishing = false;
  private timedOut = false;
  private broken: string | undefined;

  constructor(
    private readonly taps: Tap[],
    private readonly options: CollectOptions,
  ) {
    this.correlator = new Correlator([], options.markerField);
    options.signal?.addEventListener('abort', this.onOuterAbort, { once: true });
    this.timer = setTimeout(() => {
      this.timedOut = this.wanted.size > 0;
      this.stop.abort();
    }, options.deadlineMs);
    this.stop.signal.addEventListener('abort', () => this.wake(true), { once: true });
    this.running = Promise.all(taps.map((t) => t.run(this.context())));
  }

  /** Adds fired invocations; answers their indices. */
  add(invocations: Invocation[]): number[] {
    const from = this.invocations.length;
    this.invocations.push(...invocations);
    this.correlator.add(invocations, from);
    const indices = invocations.map((_, k) => from + k);
    for (const i of indices) if (!this.invocations[i].error) this.wanted.add(i);
    return indices;
  }

  /** Resolves once these invocations are accounted for, `ms` passed, or collecting stopped. */
  settled(indices: number[], ms: number): Promise<void> {
    if (this.stop.signal.aborted || this.taps.length === 0 || this.accounted(indices))
      return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = {
        indices,
        done: () => {
          clearTimeout(t);
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve();
        },
      };
      const t = setTimeout(waiter.done, ms);
      this.waiters.push(waiter);
    });
  }

  /** Stops collecting now (the run broke or was cancelled); `finish` still answers what came. */
  abort(): void {
    this.stop.abort();
  }

  /** No more invocations come: waits for the rest (or the deadline), stops the taps, and answers. */
  async finish(): Promise<CollectResult> {
    this.finishing = true;
    if (this.wanted.size === 0 || this.taps.length === 0) this.stop.abort();
    try {
      await this.running;
    } finally {
      clearTimeout(this.timer);
      this.options.signal?.removeEventListener('abort', this.onOuterAbort);
    }
    const total = this.expected();
    return {
      arrivals: this.arrivals,
      unreadable: this.unreadable,
      invoked: this.invoked,
      timedOut: (this.timedOut || (this.taps.length === 0 && total > 0)) && !this.broken,
      ...(this.broken ? { broken: this.broken } : {}),
      elapsedMs: Date.now() - this.started,
    };
  }

  private context(): TapContext {
    return {
      isOurs: (r) => this.correlator.match(r) !== undefined,
      onArrival: (a) => {
        const i = this.correlator.match(a.record);
        if (i === undefined) return;
        this.arrivals.push({ ...a, invocation: i });
        this.accountFor(i);
      },
      mentionsOurs: (text) => this.correlator.mentioned(text) !== undefined,
      // A record seen but unreadable will not become readable: waiting longer for it tells nothing more.
      onUnreadable: (u) => {
        const i = this.correlator.mentioned(u.text);
        if (i === undefined) return;
        this.unreadable.push({ destinationArn: u.destinationArn, line: u.line, by: u.by, invocation: i });
        this.accountFor(i);
      },
      onInvoked: (arn) => {
        this.invoked[arn] = (this.invoked[arn] ?? 0) + 1;
      },
      onBroken: (cause) => {
        this.broken ??= cause;
        this.stop.abort();
      },
      signal: this.stop.signal,
      waitSeconds: this.options.waitSeconds,
      pollIntervalMs: this.options.pollIntervalMs,
    };
  }

  private accountFor(i: number): void {
    if (this.wanted.delete(i)) this.options.onProgress?.(this.received(), this.expected());
    this.wake(false);
    if (this.finishing && this.wanted.size === 0) this.stop.abort();
  }

  private wake(all: boolean): void {
    for (const w of [...this.waiters]) if (all || this.accounted(w.indices)) w.done();
  }

  private accounted(indices: number[]): boolean {
    return indices.every((i) => !this.wanted.has(i));
  }

  private expected(): number {
    return this.invocations.filter((inv) => !inv.error).length;
  }

  private received(): number {
    return this.expected() - this.wanted.size;
  }
}
