// GetMetricStatistics: one metric's statistics per period between StartTime and EndTime.
import type {
  Datapoint as AwsDatapoint,
  GetMetricStatisticsInput,
  GetMetricStatisticsOutput,
  StandardUnit,
} from '@aws-sdk/client-cloudwatch';
import type { CloudWatchContext } from './context.js';
import { invalidParameterCombination, invalidParameterValue, invalidValue } from './errors.js';
import { pointsIn } from './metricStore.js';
import { alignStart, byPeriod } from './periods.js';
import { isPercentile, STATISTICS, statistic, summarise } from './statistics.js';
import { dimensions, period, required, unit } from './validate.js';

/** Datapoints one call may ask for. */
export const MAX_DATAPOINTS_PER_CALL = 1440;

/** StartTime after EndTime, or the window too long for the period: AWS's words. */
export function checkWindow(start: Date, end: Date): void {
  if (start.getTime() >= end.getTime())
    throw invalidParameterValue('The parameter StartTime must be less than the parameter EndTime.');
}

export function getMetricStatistics(
  ctx: CloudWatchContext,
  input: GetMetricStatisticsInput,
): GetMetricStatisticsOutput {
  const namespace = required(input.Namespace, 'Namespace');
  const name = required(input.MetricName, 'MetricName');
  const start = required(input.StartTime, 'StartTime');
  const end = required(input.EndTime, 'EndTime');
  const seconds = period(input.Period);
  const stats = input.Statistics ?? [];
  const extended = input.ExtendedStatistics ?? [];
  if ((stats.length === 0) === (extended.length === 0))
    throw invalidParameterCombination('Must specify either Statistics or ExtendedStatistics, but not both.');
  stats.forEach((s, i) => {
    if (!(STATISTICS as readonly string[]).includes(s)) throw invalidValue(`Statistics.member.${i + 1}`, s);
  });
  extended.forEach((s, i) => {
    if (!isPercentile(s)) throw invalidValue(`ExtendedStatistics.member.${i + 1}`, s);
  });
  checkWindow(start, end);
  const from = alignStart(start.getTime(), seconds);
  const wanted = Math.ceil((end.getTime() - from) / (seconds * 1000));
  if (wanted > MAX_DATAPOINTS_PER_CALL) {
    throw invalidParameterCombination(
      `You have requested up to ${wanted.toLocaleString('en-US')} datapoints, which exceeds the limit of ${MAX_DATAPOINTS_PER_CALL.toLocaleString('en-US')}. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`,
    );
  }
  const wantedUnit = unit(input.Unit);
  const series = ctx.metrics.find(ctx.region, namespace, name, dimensions(input.Dimensions));
  const datapoints: AwsDatapoint[] = [];
  if (series) {
    const points = pointsIn(series, from, end.getTime(), wantedUnit);
    for (const [at, inPeriod] of byPeriod(points, from, seconds)) {
      // Without a Unit, each unit's datapoints are answered apart, as CloudWatch does.
      const units = wantedUnit ? [wantedUnit] : [...new Set(inPeriod.map((p) => p.unit))];
      for (const u of units) {
        const s = summarise(inPeriod.filter((p) => p.unit === u));
        if (!s) continue;
        const dp: AwsDatapoint = { Timestamp: new Date(at) };
        for (const name of ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const)
          if (stats.includes(name)) dp[name] = statistic(s, name);
        dp.Unit = u as StandardUnit;
        if (extended.length > 0) {
          const values: Record<string, number> = {};
          for (const p of extended) {
            const v = statistic(s, p);
            if (v !== undefined) values[p] = v;
          }
          dp.ExtendedStatistics = values;
        }
        datapoints.push(dp);
      }
    }
  }
  return { Label: name, Datapoints: datapoints };
}
