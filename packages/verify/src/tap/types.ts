// What every tap offers: a loop that reads one destination and hands over the records that are ours.
import type { InvocationRecord } from '../types.js';

export interface Arrival {
  destinationArn: string;
  record: InvocationRecord;
  arrivedAt: number;
  /** How it was read, where not at the destination itself: `consumer f (invocation <id>)`. */
  via?: string;
}

/** A line at a destination that names an invocation of this run but holds no record the verifier can read. */
export interface Unreadable {
  destinationArn: string;
  /** The line, as the destination shows it (e.g. a Python `print(event)`). */
  line: string;
  /** Whose log it is, when not the destination function's own: `the queue's consumer f (invocation <id>)`. */
  by?: string;
}

export interface TapContext {
  /** True for a record of this run (by request id or marker). */
  isOurs(record: InvocationRecord): boolean;
  onArrival(arrival: Arrival): void;
  /** Whether a text that is not a record names an invocation of this run (its request id or marker). */
  mentionsOurs(text: string): boolean;
  onUnreadable(seen: Unreadable & { text: string }): void;
  /** A destination function started an invocation (its log's START line) while the tap ran. */
  onInvoked?(destinationArn: string): void;
  /**
   * Reading can never succeed again (the destination was deleted, the cloud is gone): collecting stops
   * with this cause instead of waiting out the deadline and calling the records missing.
   */
  onBroken?(cause: string): void;
  /** Aborted when collecting ends. */
  signal: AbortSignal;
  /** How long one long poll may wait, in seconds; how long to sleep between polls of APIs without one. */
  waitSeconds: number;
  pollIntervalMs: number;
}

export interface Tap {
  destinationArn: string;
  /** `sqs`, `sns`, `events`, `lambda`, `s3`. */
  type: string;
  /** How it reads the destination, in words (the report's `taps`). */
  via: string;
  /** Reads until ctx.signal aborts. Never throws for an aborted call. */
  run(ctx: TapContext): Promise<void>;
}

/** The value as an invocation record, or undefined when it is not one. */
export function asRecord(value: unknown): InvocationRecord | undefined {
  const v = value as InvocationRecord | null | undefined;
  return v && typeof v === 'object' && v.requestContext && typeof v.requestContext === 'object'
    ? v
    : undefined;
}

/** Parses a JSON invocation record, or undefined when the text is not one. */
export function parseRecord(text: string | undefined): InvocationRecord | undefined {
  if (!text) return undefined;
  try {
    return asRecord(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** Resolves after `ms`, or at once when the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Consecutive refused connections after which the endpoint counts as gone (a restart takes fewer). */
export const REFUSED_BEFORE_GONE = 5;

/** The error's code, or that of its cause (the SDK wraps socket errors; Node 20 groups them). */
function socketCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: unknown; errors?: unknown[] } | undefined;
  return e?.code ?? socketCode(e?.cause) ?? (e?.errors?.length ? socketCode(e.errors[0]) : undefined);
}

/** A connection the endpoint refused (nothing listens there any more). */
export function isRefused(err: unknown): boolean {
  return socketCode(err) === 'ECONNREFUSED';
}

/** SQS's answer for a queue that does not exist (JSON and query protocols). */
export function isQueueGone(err: unknown): boolean {
  const e = err as { name?: string; Code?: string } | undefined;
  return ['QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue'].includes(e?.name ?? e?.Code ?? '');
}
