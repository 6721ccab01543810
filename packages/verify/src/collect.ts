// Runs every tap until each fired invocation has its record or the deadline passes, matching records to
// invocations by request id, or by the marker field when the spec names one.
import type { Invocation } from './fire.js';
import type { Arrival, Tap } from './tap/types.js';
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

export interface CollectResult {
  arrivals: MatchedArrival[];
  /** The deadline passed before every invocation had a record. */
  timedOut: boolean;
  elapsedMs: number;
}

export class Correlator {
  private readonly byRequestId = new Map<string, number>();
  private readonly byMarker = new Map<string, number>();

  constructor(
    invocations: Invocation[],
    private readonly markerField?: string,
  ) {
    invocations.forEach((inv, i) => {
      if (inv.requestId) this.byRequestId.set(inv.requestId, i);
      if (inv.marker) this.byMarker.set(inv.marker, i);
    });
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

export async function collect(
  taps: Tap[],
  invocations: Invocation[],
  options: CollectOptions,
): Promise<CollectResult> {
  const started = Date.now();
  const correlator = new Correlator(invocations, options.markerField);
  const wanted = new Set(invocations.map((inv, i) => (inv.error ? -1 : i)).filter((i) => i >= 0));
  const total = wanted.size;
  const arrivals: MatchedArrival[] = [];
  const stop = new AbortController();
  const onOuterAbort = () => stop.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = wanted.size > 0;
    stop.abort();
  }, options.deadlineMs);
  if (total === 0 || taps.length === 0) stop.abort();

  const onArrival = (a: Arrival) => {
    const i = correlator.match(a.record);
    if (i === undefined) return;
    arrivals.push({ ...a, invocation: i });
    if (wanted.delete(i)) options.onProgress?.(total - wanted.size, total);
    if (wanted.size === 0) stop.abort();
  };
  try {
    await Promise.all(
      taps.map((t) =>
        t.run({
          isOurs: (r) => correlator.match(r) !== undefined,
          onArrival,
          signal: stop.signal,
          waitSeconds: options.waitSeconds,
          pollIntervalMs: options.pollIntervalMs,
        }),
      ),
    );
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
  if (taps.length === 0 && total > 0) timedOut = true;
  return { arrivals, timedOut, elapsedMs: Date.now() - started };
}
