// Runs every tap until each fired invocation has its record or the deadline passes, matching records to
// invocations by request id, or by the marker field when the spec names one.
import type { Invocation } from './fire.js';
import type { Arrival, Tap, Unreadable } from './tap/types.js';
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
    invocations.forEach((inv, i) => {
      if (inv.requestId) this.byRequestId.set(inv.requestId, i);
      if (inv.marker) this.byMarker.set(inv.marker, i);
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

  let broken: string | undefined;
  const unreadable: UnreadableSeen[] = [];
  const invoked: Record<string, number> = {};
  const accountFor = (i: number) => {
    if (wanted.delete(i)) options.onProgress?.(total - wanted.size, total);
    if (wanted.size === 0) stop.abort();
  };
  const onArrival = (a: Arrival) => {
    const i = correlator.match(a.record);
    if (i === undefined) return;
    arrivals.push({ ...a, invocation: i });
    accountFor(i);
  };
  // A record seen but unreadable will not become readable: waiting longer for it tells nothing more.
  const onUnreadable = (u: Unreadable & { text: string }) => {
    const i = correlator.mentioned(u.text);
    if (i === undefined) return;
    unreadable.push({ destinationArn: u.destinationArn, line: u.line, invocation: i });
    accountFor(i);
  };
  try {
    await Promise.all(
      taps.map((t) =>
        t.run({
          isOurs: (r) => correlator.match(r) !== undefined,
          onArrival,
          mentionsOurs: (text) => correlator.mentioned(text) !== undefined,
          onUnreadable,
          onInvoked: (arn) => {
            invoked[arn] = (invoked[arn] ?? 0) + 1;
          },
          onBroken: (cause) => {
            broken ??= cause;
            stop.abort();
          },
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
  return {
    arrivals,
    unreadable,
    invoked,
    timedOut: timedOut && !broken,
    ...(broken ? { broken } : {}),
    elapsedMs: Date.now() - started,
  };
}
