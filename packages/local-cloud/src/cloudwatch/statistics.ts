// The statistics CloudWatch computes over the datapoints of one period: SampleCount, Sum, Average,
// Minimum, Maximum and percentiles (pNN, pNN.NN) from the raw values.
import type { Datapoint } from './metricStore.js';

export const STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;

const PERCENTILE = /^p(\d{1,2}(\.\d{1,2})?|100)$/;

/** Whether `stat` is a statistic this local cloud computes (GetMetricData's and alarms' `Stat`). */
export function isStatistic(stat: string): boolean {
  return (STATISTICS as readonly string[]).includes(stat) || PERCENTILE.test(stat);
}

export function isPercentile(stat: string): boolean {
  return PERCENTILE.test(stat);
}

export interface Summary {
  sampleCount: number;
  sum: number;
  min: number;
  max: number;
  values: [number, number][];
  /** Whether every datapoint carried its raw values (else percentiles are unknown). */
  raw: boolean;
}

export function summarise(points: readonly Datapoint[]): Summary | undefined {
  if (points.length === 0) return undefined;
  const s: Summary = { sampleCount: 0, sum: 0, min: Infinity, max: -Infinity, values: [], raw: true };
  for (const p of points) {
    s.sampleCount += p.sampleCount;
    s.sum += p.sum;
    s.min = Math.min(s.min, p.min);
    s.max = Math.max(s.max, p.max);
    if (p.values) s.values.push(...p.values);
    else s.raw = false;
  }
  return s;
}

/** One statistic of a summary; undefined when it cannot be known (a percentile without raw values). */
export function statistic(s: Summary, stat: string): number | undefined {
  switch (stat) {
    case 'SampleCount':
      return s.sampleCount;
    case 'Sum':
      return s.sum;
    case 'Minimum':
      return s.min;
    case 'Maximum':
      return s.max;
    case 'Average':
      return s.sampleCount === 0 ? 0 : s.sum / s.sampleCount;
  }
  if (!PERCENTILE.test(stat) || !s.raw || s.values.length === 0) return undefined;
  return percentile(s.values, Number(stat.slice(1)));
}

/** The nearest-rank percentile of weighted values. */
function percentile(values: [number, number][], p: number): number {
  const sorted = [...values].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((n, [, c]) => n + c, 0);
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [v, c] of sorted) {
    seen += c;
    if (seen >= rank) return v;
  }
  return sorted[sorted.length - 1][0];
}
