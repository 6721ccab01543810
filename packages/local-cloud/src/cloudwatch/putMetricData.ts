// PutMetricData: datapoints into the store (and alarms on those metrics re-evaluate).
import type { PutMetricDataInput } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchContext } from './context.js';
import { toDatapoint } from './datapoint.js';
import { invalidParameterValue, invalidValue } from './errors.js';
import { dimensions, required, unit } from './validate.js';

/** MetricData entries per call (the sum over MetricData and EntityMetricData). */
const MAX_DATA = 1000;

export function putMetricData(ctx: CloudWatchContext, input: PutMetricDataInput): Record<string, never> {
  const namespace = required(input.Namespace, 'Namespace');
  // AWS/ namespaces are for AWS's own services (the local cloud writes them through its internal API).
  if (namespace.startsWith('AWS/')) throw invalidValue('Namespace', namespace);
  const data = [
    ...(input.MetricData ?? []),
    ...(input.EntityMetricData ?? []).flatMap((e) => e.MetricData ?? []),
  ];
  if (data.length === 0) required(undefined, 'MetricData');
  if (data.length > MAX_DATA)
    throw invalidParameterValue(`The collection MetricData must not have a size greater than ${MAX_DATA}.`);
  const now = Date.now();
  // Every datum is checked before any is stored: a refused call stores nothing.
  const points = data.map((d, i) => {
    const at = `MetricData.member.${i + 1}`;
    required(d.MetricName, `${at}.MetricName`);
    unit(d.Unit);
    return { datum: d, dims: dimensions(d.Dimensions, `${at}.Dimensions`), point: toDatapoint(d, at, now) };
  });
  for (const { datum, dims, point } of points)
    ctx.metrics.put(ctx.region, namespace, datum.MetricName as string, dims, point);
  return {};
}
