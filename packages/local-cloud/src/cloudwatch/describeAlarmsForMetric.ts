// DescribeAlarmsForMetric: the alarms watching one metric (and, when given, statistic, period and unit).
import type { DescribeAlarmsForMetricInput, DescribeAlarmsForMetricOutput } from '@aws-sdk/client-cloudwatch';
import { alarmView } from './alarmView.js';
import type { CloudWatchContext } from './context.js';
import { watchedMetric } from './evaluate.js';
import { seriesKey } from './metricStore.js';
import { dimensions, required } from './validate.js';

export function describeAlarmsForMetric(
  ctx: CloudWatchContext,
  input: DescribeAlarmsForMetricInput,
): DescribeAlarmsForMetricOutput {
  const namespace = required(input.Namespace, 'Namespace');
  const name = required(input.MetricName, 'MetricName');
  const key = seriesKey(namespace, name, dimensions(input.Dimensions));
  const stat = input.Statistic ?? input.ExtendedStatistic;
  const found = ctx.alarms.list(ctx.region).filter(({ alarm }) => {
    const w = watchedMetric(alarm);
    return (
      w !== undefined &&
      seriesKey(w.namespace, w.name, w.dimensions) === key &&
      (stat === undefined || w.stat === stat) &&
      (input.Period === undefined || w.period === input.Period) &&
      (input.Unit === undefined || w.unit === input.Unit)
    );
  });
  return { MetricAlarms: found.map((s) => alarmView(s.alarm)) };
}
