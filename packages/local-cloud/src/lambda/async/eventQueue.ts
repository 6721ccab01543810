// The asynchronous event queue: runs each event, retries function errors, backs off on throttles,
// and sends the record to the destination and dead-letter queue once the event is done.
import type { LocalCloud } from '../../cloud.js';
import type { LambdaState, StoredEvent } from '../../persistence/lambdaState.js';
import { putLambdaMetric } from '../metrics.js';
import type { InvocationResult } from '../runtime/environment.js';
import type { Pool } from '../runtime/pool.js';
import type { LambdaFunction, LambdaStore, Resolved } from '../store.js';
import { sendToDeadLetter } from './deadLetter.js';
import { sendToDestination } from './destination.js';
import type { Condition } from './record.js';
import {
  DEFAULT_MAX_EVENT_AGE_SECONDS,
  DEFAULT_MAX_RETRIES,
  errorRetryDelayMs,
  throttleDelayMs,
  tooOld,
} from './retry.js';

interface AsyncEvent {
  requestId: string;
  payload: Buffer;
  fn: LambdaFunction;
  qualifier: string;
  /** Qualified as records carry it (`:$LATEST` when none). */
  functionArn: string;
  invokedArn: string;
  enqueuedAt: number;
  attempts: number;
  throttles: number;
  last?: InvocationResult;
  executedVersion?: string;
}

/** Where pending events are kept across restarts (with --state-dir). */
export type EventJournal = Pick<LambdaState, 'putEvent' | 'removeEvent' | 'events' | 'atomically'>;

export class EventQueue {
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;
  /** Events read back from the state directory, waiting for `resume` (the cloud listening). */
  private restored: [AsyncEvent, number][] = [];

  constructor(
    private readonly cloud: LocalCloud,
    private readonly store: LambdaStore,
    private readonly pool: Pool,
    private readonly journal?: EventJournal,
  ) {}

  /** Reads the pending events back from the journal (their functions restored already). */
  restore(): void {
    for (const s of this.journal?.events() ?? []) {
      const fn = this.store.find({ name: s.functionName, region: s.region }, s.region);
      if (!fn) {
        this.journal?.removeEvent(s.requestId);
        continue;
      }
      const { region: _r, functionName: _n, dueAt, ...rest } = s;
      this.restored.push([{ ...rest, fn }, dueAt]);
    }
  }

  /** Starts the restored events' timers, each at its due time. */
  resume(): void {
    for (const [ev, dueAt] of this.restored) this.later(ev, dueAt - Date.now(), false);
    this.restored = [];
  }

  private save(ev: AsyncEvent, dueAt: number): void {
    const { fn, ...rest } = ev;
    const stored: StoredEvent = { ...rest, region: fn.region, functionName: fn.name, dueAt };
    this.journal?.putEvent(stored);
  }

  enqueue(resolved: Resolved, payload: Buffer, requestId: string): void {
    const ev: AsyncEvent = {
      requestId,
      payload,
      fn: resolved.fn,
      qualifier: resolved.qualifier,
      functionArn: resolved.qualifiedArn,
      invokedArn: resolved.invokedArn,
      enqueuedAt: Date.now(),
      attempts: 0,
      throttles: 0,
    };
    putLambdaMetric(this.cloud, resolved.fn, 'AsyncEventsReceived', 1);
    this.later(ev, 0);
  }

  /** Runs the event's next attempt in `delayMs`, first writing when it is due (unless restored as it is). */
  private later(ev: AsyncEvent, delayMs: number, save = true): void {
    if (this.stopped) return;
    if (save && this.journal) this.save(ev, Date.now() + Math.max(0, delayMs));
    if (delayMs <= 0) {
      setImmediate(() => void this.attempt(ev));
      return;
    }
    const t = setTimeout(() => {
      this.timers.delete(t);
      void this.attempt(ev);
    }, delayMs);
    this.timers.add(t);
  }

  private settings(ev: AsyncEvent): { maxRetries: number; maxAgeMs: number } {
    const cfg = ev.fn.eventInvokeConfigs.get(ev.qualifier);
    return {
      maxRetries: cfg?.MaximumRetryAttempts ?? DEFAULT_MAX_RETRIES,
      maxAgeMs: this.cloud.scaled((cfg?.MaximumEventAgeInSeconds ?? DEFAULT_MAX_EVENT_AGE_SECONDS) * 1000),
    };
  }

  private async attempt(ev: AsyncEvent): Promise<void> {
    if (this.stopped) return;
    const fn = ev.fn;
    if (!this.store.holds(fn)) return this.drop(ev, 'function deleted');
    let resolved: ReturnType<LambdaStore['resolve']>;
    try {
      resolved = this.store.resolve(fn, ev.qualifier);
    } catch {
      return this.drop(ev, `qualifier ${ev.qualifier} no longer exists`);
    }
    if (fn.reservedConcurrency === 0) return this.complete(ev, 'ZeroReservedConcurrency');
    const { maxRetries, maxAgeMs } = this.settings(ev);
    putLambdaMetric(this.cloud, fn, 'AsyncEventAge', Date.now() - ev.enqueuedAt);
    let result: Awaited<ReturnType<Pool['invoke']>>;
    try {
      result = await this.pool.invoke(fn, resolved.version, {
        requestId: ev.requestId,
        payload: ev.payload,
        invokedArn: ev.invokedArn,
      });
    } catch (err) {
      if (this.stopped) return;
      return this.drop(ev, err instanceof Error ? err.message : String(err));
    }
    if (this.stopped) return;
    const now = Date.now();
    if ('throttled' in result) {
      this.cloud.count('Throttles', fn.name);
      const delay = this.cloud.scaled(throttleDelayMs(ev.throttles));
      ev.throttles++;
      if (tooOld(ev.enqueuedAt, now, delay, maxAgeMs)) return this.complete(ev, 'EventAgeExceeded');
      return this.later(ev, delay);
    }
    ev.attempts++;
    ev.last = result;
    ev.executedVersion = resolved.version.version;
    if (!result.functionError) return this.complete(ev, 'Success');
    this.cloud.count('Errors', fn.name);
    if (ev.attempts > maxRetries) return this.complete(ev, 'RetriesExhausted');
    const delay = this.cloud.scaled(errorRetryDelayMs(ev.attempts));
    if (tooOld(ev.enqueuedAt, now, delay, maxAgeMs)) return this.complete(ev, 'EventAgeExceeded');
    this.later(ev, delay);
  }

  private drop(ev: AsyncEvent, reason: string): void {
    this.journal?.removeEvent(ev.requestId);
    putLambdaMetric(this.cloud, ev.fn, 'AsyncEventsDropped', 1);
    this.cloud.log('info', `lambda ${ev.fn.name}: event ${ev.requestId} dropped: ${reason}`);
  }

  /**
   * Sends the record and the dead-letter message. With --state-dir, in one transaction with the event's
   * removal: a destination queue's new message and the event's end commit together, so a kill at any
   * moment leaves either the event pending (sent again after restart) or the record delivered, never both.
   */
  private complete(ev: AsyncEvent, condition: Condition): void {
    if (!this.journal) {
      this.finish(ev, condition);
      return;
    }
    this.journal.atomically(() => {
      this.finish(ev, condition);
      this.journal?.removeEvent(ev.requestId);
    });
  }

  private finish(ev: AsyncEvent, condition: Condition): void {
    const fn = ev.fn;
    const success = condition === 'Success';
    const cfg = fn.eventInvokeConfigs.get(ev.qualifier);
    const destination = success
      ? cfg?.DestinationConfig.OnSuccess?.Destination
      : cfg?.DestinationConfig.OnFailure?.Destination;
    if (destination) {
      sendToDestination({
        cloud: this.cloud,
        fn,
        destination,
        success,
        record: {
          timestamp: new Date(),
          requestId: ev.requestId,
          functionArn: ev.functionArn,
          condition,
          approximateInvokeCount: ev.attempts,
          requestPayload: ev.payload,
          response:
            ev.last && condition !== 'ZeroReservedConcurrency'
              ? {
                  executedVersion: ev.executedVersion ?? '$LATEST',
                  functionError: ev.last.functionError,
                  payload: ev.last.payload,
                }
              : undefined,
        },
      });
    }
    if (!success) {
      // AWS counts every event that ends without a successful run, whether a destination or DLQ got it.
      putLambdaMetric(this.cloud, fn, 'AsyncEventsDropped', 1);
      this.cloud.count('AsyncEventsFailed', fn.name);
      let version = fn.latest;
      try {
        version = this.store.resolve(fn, ev.qualifier).version;
      } catch {}
      const dlq = version.config.DeadLetterConfig?.TargetArn;
      if (dlq) sendToDeadLetter(this.cloud, fn, dlq, ev.requestId, ev.payload, ev.last?.payload);
    }
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
