// One PutMetricData datum as the store keeps it: a Value, Values with Counts, or a StatisticSet,
// summarised once, with PutMetricData's checks of each form.
import type { MetricDatum } from '@aws-sdk/client-cloudwatch';
import { invalidParameterCombination, invalidValue, missingParameter } from './errors.js';
import type { Datapoint } from './metricStore.js';

const HOUR = 3_600_000;
/** How far from now a timestamp may be: two weeks back, two hours ahead. */
const MAX_AGE_MS = 14 * 24 * HOUR;
const MAX_AHEAD_MS = 2 * HOUR;

function finite(v: unknown, parameter: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw invalidValue(parameter, v);
  return v;
}

/** `at` names the datum in messages, e.g. `MetricData.member.1`. */
export function toDatapoint(d: MetricDatum, at: string, now: number): Datapoint {
  const time = d.Timestamp ? d.Timestamp.getTime() : now;
  if (time < now - MAX_AGE_MS) throw invalidValue(`${at}.Timestamp`, d.Timestamp?.toISOString());
  if (time > now + MAX_AHEAD_MS) throw invalidValue(`${at}.Timestamp`, d.Timestamp?.toISOString());
  const unit = d.Unit ?? 'None';
  const forms = [d.Value !== undefined, d.Values !== undefined, d.StatisticValues !== undefined];
  if (forms.filter(Boolean).length > 1) {
    throw invalidParameterCombination(
      `The parameters ${at}.Value, ${at}.Values and ${at}.StatisticValues are mutually exclusive and you have specified more than one.`,
    );
  }
  if (d.StatisticValues) {
    const s = d.StatisticValues;
    return {
      time,
      unit,
      sampleCount: finite(s.SampleCount, `${at}.StatisticValues.SampleCount`),
      sum: finite(s.Sum, `${at}.StatisticValues.Sum`),
      min: finite(s.Minimum, `${at}.StatisticValues.Minimum`),
      max: finite(s.Maximum, `${at}.StatisticValues.Maximum`),
    };
  }
  if (d.Values !== undefined) {
    const counts = d.Counts ?? d.Values.map(() => 1);
    if (counts.length !== d.Values.length) {
      throw invalidParameterCombination(
        `The parameters ${at}.Values and ${at}.Counts must be of the same size.`,
      );
    }
    if (d.Values.length === 0) throw invalidValue(`${at}.Values`, '[]');
    const values = d.Values.map((v, i): [number, number] => [
      finite(v, `${at}.Values.member.${i + 1}`),
      finite(counts[i], `${at}.Counts.member.${i + 1}`),
    ]);
    return {
      time,
      unit,
      sampleCount: values.reduce((n, [, c]) => n + c, 0),
      sum: values.reduce((n, [v, c]) => n + v * c, 0),
      min: Math.min(...values.map(([v]) => v)),
      max: Math.max(...values.map(([v]) => v)),
      values,
    };
  }
  if (d.Value === undefined) throw missingParameter(`${at}.Value`);
  const v = finite(d.Value, `${at}.Value`);
  return { time, unit, sampleCount: 1, sum: v, min: v, max: v, values: [[v, 1]] };
}
