// Whether an alarm is OK, ALARM or INSUFFICIENT_DATA given its metric's datapoints now, with the state
// reason and reason data worded as CloudWatch words them. A pure function: the engine applies it.
import type { ComparisonOperator, Dimension, MetricAlarm, StateValue } from '@aws-sdk/client-cloudwatch';
import { pointsIn, type Series } from './metricStore.js';
import { statistic, summarise } from './statistics.js';

export interface Verdict {
  state: StateValue;
  reason: string;
  reasonData: string;
}

/** The metric an alarm watches: its own fields, or the one MetricStat of a `Metrics` alarm. */
export interface Watched {
  namespace: string;
  name: string;
  dimensions: Dimension[];
  stat: string;
  period: number;
  unit?: string;
}

export function watchedMetric(a: MetricAlarm): Watched | undefined {
  if (a.Metrics && a.Metrics.length > 0) {
    // Metric math is not evaluated: only an alarm on exactly one MetricStat is.
    if (a.Metrics.length !== 1 || !a.Metrics[0].MetricStat) return undefined;
    const m = a.Metrics[0].MetricStat;
    if (!m.Metric?.Namespace || !m.Metric.MetricName || !m.Stat || !m.Period) return undefined;
    return {
      namespace: m.Metric.Namespace,
      name: m.Metric.MetricName,
      dimensions: m.Metric.Dimensions ?? [],
      stat: m.Stat,
      period: m.Period,
      unit: m.Unit,
    };
  }
  const stat = a.Statistic ?? a.ExtendedStatistic;
  if (!a.Namespace || !a.MetricName || !stat || !a.Period) return undefined;
  return {
    namespace: a.Namespace,
    name: a.MetricName,
    dimensions: a.Dimensions ?? [],
    stat,
    period: a.Period,
    unit: a.Unit,
  };
}

const WORDS: Partial<Record<ComparisonOperator, string>> = {
  GreaterThanOrEqualToThreshold: 'greater than or equal to',
  GreaterThanThreshold: 'greater than',
  LessThanThreshold: 'less than',
  LessThanOrEqualToThreshold: 'less than or equal to',
};

function breaches(op: ComparisonOperator, value: number, threshold: number): boolean {
  switch (op) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= threshold;
    case 'GreaterThanThreshold':
      return value > threshold;
    case 'LessThanThreshold':
      return value < threshold;
    default:
      return value <= threshold;
  }
}

/** How many periods beyond EvaluationPeriods a `missing`/`ignore` alarm looks back for datapoints. */
export const LOOK_BACK_PERIODS = 2;

interface Period {
  start: number;
  value?: number;
  sampleCount?: number;
}

/** `1.0`, `5.199`: numbers as CloudWatch (Java) prints them in reasons. */
const num = (v: number) => (Number.isInteger(v) ? v.toFixed(1) : String(v));

const two = (n: number) => String(n).padStart(2, '0');

/** `06/03/15 17:43:27` (day/month/year, UTC), as in reasons. */
function shortDate(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCFullYear() % 100)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** `2023-08-04T12:31:29.591+0000`, as in reason data and notifications. */
export function longDate(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The alarm's state from the datapoints. The newest period is the one still open at `now`, so a datapoint
 * counts at once. Undefined: the state stays (TreatMissingData `ignore` with no data, or an alarm this
 * local cloud does not evaluate: metric math, anomaly bands).
 */
export function evaluate(
  a: MetricAlarm,
  series: Series | undefined,
  now: number,
  from: StateValue,
): Verdict | undefined {
  const watched = watchedMetric(a);
  const op = a.ComparisonOperator;
  if (!watched || !op || !WORDS[op] || a.Threshold === undefined) return undefined;
  const n = a.EvaluationPeriods ?? 1;
  const m = a.DatapointsToAlarm ?? n;
  const treat = a.TreatMissingData ?? 'missing';
  const ms = watched.period * 1000;
  const open = Math.floor(now / ms) * ms;
  const range = treat === 'missing' || treat === 'ignore' ? n + LOOK_BACK_PERIODS : n;
  // Newest first.
  const periods: Period[] = [];
  for (let k = 0; k < range; k++) {
    const start = open - k * ms;
    const s = series ? summarise(pointsIn(series, start, start + ms, watched.unit)) : undefined;
    const value = s ? statistic(s, watched.stat) : undefined;
    periods.push({ start, value, sampleCount: value === undefined ? undefined : s?.sampleCount });
  }
  let considered: Period[];
  if (treat === 'missing' || treat === 'ignore') {
    considered = periods.filter((p) => p.value !== undefined).slice(0, n);
    if (considered.length === 0) {
      if (treat === 'ignore') return undefined;
      return verdict(
        a,
        watched,
        'INSUFFICIENT_DATA',
        `Insufficient Data: ${plural(n, 'datapoint')} ${n === 1 ? 'was' : 'were'} unknown.`,
        periods.slice(0, n),
        now,
      );
    }
  } else considered = periods;
  const isBreach = (p: Period) =>
    p.value === undefined ? treat === 'breaching' : breaches(op, p.value, a.Threshold as number);
  const breaching = considered.filter(isBreach);
  const shown = (list: Period[]) =>
    `[${list
      .filter((p) => p.value !== undefined)
      .map((p) => `${num(p.value as number)} (${shortDate(p.start)})`)
      .join(', ')}]`;
  const threshold = `the threshold (${num(a.Threshold)})`;
  if (breaching.length >= m) {
    const reason = `Threshold Crossed: ${breaching.length} out of the last ${considered.length} datapoints ${shown(breaching)} was ${WORDS[op]} ${threshold} (minimum ${plural(m, 'datapoint')} for ${from} -> ALARM transition).`;
    return verdict(a, watched, 'ALARM', reason, considered, now);
  }
  const reason = `Threshold Crossed: ${plural(considered.length, 'datapoint')} ${shown(considered)} ${considered.length === 1 ? 'was' : 'were'} not ${WORDS[op]} ${threshold}.`;
  return verdict(a, watched, 'OK', reason, considered, now);
}

function verdict(
  a: MetricAlarm,
  watched: Watched,
  state: StateValue,
  reason: string,
  periods: Period[],
  now: number,
): Verdict {
  const oldest = periods.length ? periods[periods.length - 1].start : now;
  const data: Record<string, unknown> = {
    version: '1.0',
    queryDate: longDate(now),
    startDate: longDate(oldest),
  };
  if (watched.unit) data.unit = watched.unit;
  data.statistic = watched.stat;
  data.period = watched.period;
  data.recentDatapoints = periods
    .filter((p) => p.value !== undefined)
    .map((p) => p.value)
    .reverse();
  data.threshold = a.Threshold;
  data.evaluatedDatapoints = periods.map((p) =>
    p.value === undefined
      ? { timestamp: longDate(p.start) }
      : { timestamp: longDate(p.start), sampleCount: p.sampleCount, value: p.value },
  );
  return { state, reason, reasonData: JSON.stringify(data) };
}
