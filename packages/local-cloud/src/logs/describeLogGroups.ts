// DescribeLogGroups: the region's groups by name, filtered by prefix or pattern, paged.
import type {
  DescribeLogGroupsRequest,
  DescribeLogGroupsResponse,
  LogGroup,
} from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { invalidParameter } from './errors.js';
import { decodeToken, encodeToken } from './store.js';
import { checkLimit } from './validate.js';

export function describeLogGroups(
  ctx: LogsContext,
  input: DescribeLogGroupsRequest,
): DescribeLogGroupsResponse {
  const prefix = input.logGroupNamePrefix;
  if (prefix !== undefined && input.logGroupNamePattern !== undefined) {
    throw invalidParameter(
      'LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.',
    );
  }
  const limit = checkLimit(input.limit, 50);
  const pattern = input.logGroupNamePattern?.toLowerCase();
  const { store } = ctx;
  const all = store
    .listGroups(ctx.region)
    .filter(
      (g) => (!prefix || g.name.startsWith(prefix)) && (!pattern || g.name.toLowerCase().includes(pattern)),
    );
  const start = decodeToken(input.nextToken, 'g') ?? 0;
  const items = all.slice(start, start + limit);
  const logGroups: LogGroup[] = items.map((g) => {
    const arn = store.arn(g.region, g.name);
    return {
      logGroupName: g.name,
      creationTime: g.creationTime,
      retentionInDays: g.retentionInDays,
      metricFilterCount: 0,
      arn: `${arn}:*`,
      logGroupArn: arn,
      storedBytes: [...g.streams.values()].reduce((n, s) => n + s.storedBytes, 0),
      logGroupClass: g.logGroupClass,
      deletionProtectionEnabled: g.deletionProtectionEnabled,
    };
  });
  const end = start + items.length;
  return { logGroups, nextToken: end < all.length ? encodeToken('g', end) : undefined };
}
