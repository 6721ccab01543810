// ListMetrics: the region's metrics that hold datapoints, by namespace, name and dimension filters.
import type { ListMetricsInput, ListMetricsOutput } from '@aws-sdk/client-cloudwatch';
import type { CloudWatchContext } from './context.js';
import { invalidValue } from './errors.js';
import { page } from './paging.js';

/** ListMetrics answers 500 metrics a page. */
const PAGE_SIZE = 500;
const THREE_HOURS = 3 * 3_600_000;

export function listMetrics(ctx: CloudWatchContext, input: ListMetricsInput): ListMetricsOutput {
  if (input.RecentlyActive !== undefined && input.RecentlyActive !== 'PT3H')
    throw invalidValue('RecentlyActive', input.RecentlyActive);
  const filters = input.Dimensions ?? [];
  const since = input.RecentlyActive ? Date.now() - THREE_HOURS : 0;
  const found = ctx.metrics
    .list(ctx.region)
    .filter(
      (s) =>
        (input.Namespace === undefined || s.namespace === input.Namespace) &&
        (input.MetricName === undefined || s.name === input.MetricName) &&
        s.lastReceived >= since &&
        filters.every((f) =>
          s.dimensions.some((d) => d.Name === f.Name && (f.Value === undefined || d.Value === f.Value)),
        ),
    )
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const { items, nextToken } = page(found, PAGE_SIZE, input.NextToken);
  return {
    Metrics: items.map((s) => ({ Namespace: s.namespace, MetricName: s.name, Dimensions: s.dimensions })),
    NextToken: nextToken,
    ...(input.IncludeLinkedAccounts ? { OwningAccounts: items.map(() => ctx.accountId) } : {}),
  };
}
