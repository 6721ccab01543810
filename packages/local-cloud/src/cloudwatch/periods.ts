// Time windows of the metric reads: StartTime rounded as CloudWatch rounds it, and datapoints grouped
// into periods starting there.
import type { Datapoint } from './metricStore.js';

const MINUTE = 60_000;

/** Rounded down to the whole minute for periods of a minute or more, else to the whole period. */
export function alignStart(ms: number, periodSeconds: number): number {
  const step = periodSeconds >= 60 ? MINUTE : periodSeconds * 1000;
  return Math.floor(ms / step) * step;
}

/** Datapoints by the start of their period, periods starting at `start`, oldest first. */
export function byPeriod(
  points: readonly Datapoint[],
  start: number,
  periodSeconds: number,
): Map<number, Datapoint[]> {
  const ms = periodSeconds * 1000;
  const out = new Map<number, Datapoint[]>();
  for (const p of points) {
    const at = start + Math.floor((p.time - start) / ms) * ms;
    const list = out.get(at);
    if (list) list.push(p);
    else out.set(at, [p]);
  }
  return new Map([...out.entries()].sort((a, b) => a[0] - b[0]));
}
