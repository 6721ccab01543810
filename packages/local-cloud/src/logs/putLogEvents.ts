// PutLogEvents: appends events (in timestamp order, within 24 hours of each other, as AWS requires) to an
// existing stream; events over 14 days old, older than the group's retention or over 2 hours ahead are
// left out and reported in rejectedLogEventsInfo, as AWS does.
import type {
  PutLogEventsRequest,
  PutLogEventsResponse,
  RejectedLogEventsInfo,
} from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { constraintViolation, invalidParameter } from './errors.js';
import { sequenceToken } from './store.js';
import { checkGroupName, checkStreamName, required } from './validate.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export function putLogEvents(ctx: LogsContext, input: PutLogEventsRequest): PutLogEventsResponse {
  const groupName = checkGroupName(input.logGroupName);
  const streamName = checkStreamName(input.logStreamName);
  const events = required(input.logEvents, 'logEvents').map((e, i) => ({
    timestamp: required(e.timestamp, `logEvents.${i + 1}.member.timestamp`),
    message: required(e.message, `logEvents.${i + 1}.member.message`),
  }));
  if (events.length === 0) {
    throw constraintViolation('[]', 'logEvents', 'Member must have length greater than or equal to 1');
  }
  const { store } = ctx;
  const group = store.group(ctx.region, groupName);
  const stream = store.stream(group, streamName);
  for (let i = 1; i < events.length; i++) {
    if (events[i].timestamp < events[i - 1].timestamp) {
      throw invalidParameter('Log events in a single PutLogEvents request must be in chronological order.');
    }
  }
  if (events[events.length - 1].timestamp - events[0].timestamp > DAY) {
    throw invalidParameter(
      'The batch of log events in a single PutLogEvents request cannot span more than 24 hours.',
    );
  }
  // In time order, the rejected events are a prefix (too old, expired) and a suffix (too new).
  const now = Date.now();
  const before = (limit: number) => {
    const n = events.findIndex((e) => e.timestamp >= limit);
    return n < 0 ? events.length : n;
  };
  const tooOld = before(now - 14 * DAY);
  const expired = group.retentionInDays === undefined ? 0 : before(now - group.retentionInDays * DAY);
  const firstTooNew = events.findIndex((e) => e.timestamp > now + 2 * HOUR);
  const end = firstTooNew < 0 ? events.length : firstTooNew;
  const start = Math.min(Math.max(tooOld, expired), end);
  if (start < end) store.append(group, stream, events.slice(start, end));
  const rejected: RejectedLogEventsInfo = {};
  if (firstTooNew >= 0) rejected.tooNewLogEventStartIndex = firstTooNew;
  if (tooOld > 0) rejected.tooOldLogEventEndIndex = tooOld;
  if (expired > 0) rejected.expiredLogEventEndIndex = expired;
  return {
    nextSequenceToken: sequenceToken(stream.events.length),
    ...(Object.keys(rejected).length > 0 ? { rejectedLogEventsInfo: rejected } : {}),
  };
}
