// Lambda's asynchronous retry policy: delays after function errors, throttle backoff, and the
// event-age look-ahead that sends EventAgeExceeded as soon as the next try would start too late.

export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_MAX_EVENT_AGE_SECONDS = 21_600;

/** Delay before attempt `attemptsMade + 1` after a function error: about 1 minute, then 2. */
export function errorRetryDelayMs(attemptsMade: number): number {
  return attemptsMade <= 1 ? 60_000 : 120_000;
}

/** Backoff after the n-th throttle (0-based): 1 s doubling, at most 5 minutes. */
export function throttleDelayMs(throttles: number): number {
  return Math.min(1000 * 2 ** throttles, 300_000);
}

/** Whether a try starting `delayMs` from now would be older than the event may get. */
export function tooOld(enqueuedAt: number, now: number, delayMs: number, maxAgeMs: number): boolean {
  return now + delayMs - enqueuedAt > maxAgeMs;
}
