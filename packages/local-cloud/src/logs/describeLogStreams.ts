// DescribeLogStreams: a group's streams by name or by last event time, ascending or descending, paged.
import type {
  DescribeLogStreamsRequest,
  DescribeLogStreamsResponse,
  LogStream,
} from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { invalidParameter } from './errors.js';
import { decodeToken, encodeToken, groupName, sequenceToken } from './store.js';
import { checkLimit } from './validate.js';

export function describeLogStreams(
  ctx: LogsContext,
  input: DescribeLogStreamsRequest,
): DescribeLogStreamsResponse {
  const { store } = ctx;
  const limit = checkLimit(input.limit, 50);
  const group = store.group(ctx.region, groupName(input));
  const byTime = input.orderBy === 'LastEventTime';
  if (byTime && input.logStreamNamePrefix) {
    throw invalidParameter('Cannot order by LastEventTime with a logStreamNamePrefix.');
  }
  const prefix = input.logStreamNamePrefix;
  const all = [...group.streams.values()].filter((s) => !prefix || s.name.startsWith(prefix));
  if (byTime) {
    all.sort((a, b) => (a.lastEventTimestamp ?? a.creationTime) - (b.lastEventTimestamp ?? b.creationTime));
  } else all.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (input.descending) all.reverse();
  const start = decodeToken(input.nextToken, 's') ?? 0;
  const items = all.slice(start, start + limit);
  const groupArn = store.arn(group.region, group.name);
  const logStreams: LogStream[] = items.map((s) => ({
    logStreamName: s.name,
    creationTime: s.creationTime,
    firstEventTimestamp: s.firstEventTimestamp,
    lastEventTimestamp: s.lastEventTimestamp,
    lastIngestionTime: s.lastIngestionTime,
    // AWS shows no token for a stream that has had no events.
    uploadSequenceToken: s.events.length > 0 ? sequenceToken(s.events.length) : undefined,
    arn: `${groupArn}:log-stream:${s.name}`,
    storedBytes: 0,
  }));
  const end = start + items.length;
  return { logStreams, nextToken: end < all.length ? encodeToken('s', end) : undefined };
}
