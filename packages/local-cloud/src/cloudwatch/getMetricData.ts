// GetMetricData: the MetricStat queries' values per period (metric math expressions are answered as
// not evaluated).
import type {
  GetMetricDataInput,
  GetMetricDataOutput,
  MetricDataQuery,
  MetricDataResult,
} from '@aws-sdk/client-cloudwatch';
import type { CloudWatchContext } from './context.js';
import { invalidParameterValue, invalidValue } from './errors.js';
import { checkWindow } from './getMetricStatistics.js';
import { pointsIn } from './metricStore.js';
import { alignStart, byPeriod } from './periods.js';
import { statistic, summarise } from './statistics.js';
import { dimensions, period, required, statisticName, unit } from './validate.js';

const MAX_QUERIES = 500;
const ID = /^[a-z][a-zA-Z0-9_]*$/;

function result(
  ctx: CloudWatchContext,
  q: MetricDataQuery,
  at: string,
  start: Date,
  end: Date,
): MetricDataResult {
  const id = q.Id as string;
  if (!q.MetricStat) {
    return {
      Id: id,
      Label: q.Label ?? id,
      Timestamps: [],
      Values: [],
      StatusCode: 'InternalError',
      Messages: [
        { Code: 'Unsupported', Value: 'Metric math expressions are not evaluated by this local cloud.' },
      ],
    };
  }
  const ms = q.MetricStat;
  const metric = required(ms.Metric, `${at}.MetricStat.Metric`);
  const namespace = required(metric.Namespace, `${at}.MetricStat.Metric.Namespace`);
  const name = required(metric.MetricName, `${at}.MetricStat.Metric.MetricName`);
  const seconds = period(ms.Period, `${at}.MetricStat.Period`);
  const stat = statisticName(required(ms.Stat, `${at}.MetricStat.Stat`), `${at}.MetricStat.Stat`);
  const series = ctx.metrics.find(ctx.region, namespace, name, dimensions(metric.Dimensions));
  const timestamps: Date[] = [];
  const values: number[] = [];
  if (series) {
    const from = alignStart(start.getTime(), seconds);
    const points = pointsIn(series, from, end.getTime(), unit(ms.Unit));
    for (const [t, inPeriod] of byPeriod(points, from, seconds)) {
      const s = summarise(inPeriod);
      const v = s ? statistic(s, stat) : undefined;
      if (v === undefined) continue;
      timestamps.push(new Date(t));
      values.push(v);
    }
  }
  return { Id: id, Label: q.Label ?? name, Timestamps: timestamps, Values: values, StatusCode: 'Complete' };
}

export function getMetricData(ctx: CloudWatchContext, input: GetMetricDataInput): GetMetricDataOutput {
  const queries = required(input.MetricDataQueries, 'MetricDataQueries');
  const start = required(input.StartTime, 'StartTime');
  const end = required(input.EndTime, 'EndTime');
  if (queries.length === 0) required(undefined, 'MetricDataQueries');
  if (queries.length > MAX_QUERIES)
    throw invalidParameterValue(
      `The collection MetricDataQueries must not have a size greater than ${MAX_QUERIES}.`,
    );
  checkWindow(start, end);
  const ids = new Set<string>();
  const out: MetricDataResult[] = [];
  queries.forEach((q, i) => {
    const at = `MetricDataQueries.member.${i + 1}`;
    const id = required(q.Id, `${at}.Id`);
    if (!ID.test(id)) throw invalidValue(`${at}.Id`, id);
    if (ids.has(id))
      throw invalidParameterValue(`The values for parameter id in MetricDataQueries are not unique.`);
    ids.add(id);
    if (!q.MetricStat && !q.Expression) required(undefined, `${at}.MetricStat`);
    const r = result(ctx, q, at, start, end);
    if (q.ReturnData !== false) out.push(r);
  });
  if (input.ScanBy !== 'TimestampAscending') {
    for (const r of out) {
      r.Timestamps?.reverse();
      r.Values?.reverse();
    }
  }
  return { MetricDataResults: out, Messages: [] };
}
