// How long to wait for records: long enough for the function's own retries, on AWS or a scaled local cloud.
import type { ResolvedFunction } from './resolve.js';
import type { CaseSpec, Cloud } from './types.js';

/** Lambda's delays before attempts 2 and 3 after a function error, in seconds. */
export const RETRY_DELAYS_SECONDS = [60, 120];
/** On AWS the async queue, delivery and our polling add up to this much beyond the retries. */
const AWS_MARGIN_SECONDS = 90;
const LOCAL_MARGIN_SECONDS = 10;

/** The default deadline in seconds for these functions and cases. */
export function defaultDeadlineSeconds(
  groups: { fn: ResolvedFunction; cases: CaseSpec[] }[],
  cloud: Cloud,
  timeScale: number,
): number {
  let longest = 0;
  for (const { fn, cases } of groups) {
    // A ZeroReservedConcurrency record is sent at once: no retries to wait for.
    const fails = cases.some(
      (c) => c.expect.destination === 'onFailure' && c.expect.condition !== 'ZeroReservedConcurrency',
    );
    const retries = fails ? Math.max(0, Math.min(2, fn.maximumRetryAttempts)) : 0;
    const delays = Math.min(
      RETRY_DELAYS_SECONDS.slice(0, retries).reduce((a, b) => a + b, 0),
      fn.maximumEventAgeInSeconds,
    );
    // Handler time is real time everywhere; only Lambda's own delays are scaled on a local cloud.
    const run = (retries + 1) * fn.timeout;
    longest = Math.max(longest, delays * (cloud === 'local' ? timeScale : 1) + run);
  }
  return Math.ceil(longest + (cloud === 'local' ? LOCAL_MARGIN_SECONDS : AWS_MARGIN_SECONDS));
}
