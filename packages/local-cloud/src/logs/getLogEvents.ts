// GetLogEvents: one stream's events between times, from the head or the tail, with f/ and b/ tokens that
// name a position by event id, so that events dropped to the store's caps move no page.
import type { GetLogEventsRequest, GetLogEventsResponse } from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { invalidNextToken } from './errors.js';
import { encodeToken, groupName } from './store.js';
import { checkLimit, required } from './validate.js';

export function getLogEvents(ctx: LogsContext, input: GetLogEventsRequest): GetLogEventsResponse {
  const streamName = required(input.logStreamName, 'logStreamName');
  const limit = checkLimit(input.limit, 10_000);
  const group = ctx.store.group(ctx.region, groupName(input));
  const stream = ctx.store.stream(group, streamName);
  const inRange = stream.events.filter(
    (e) =>
      (input.startTime === undefined || e.timestamp >= input.startTime) &&
      (input.endTime === undefined || e.timestamp < input.endTime),
  );
  // A position is the id of the event after it; past the last event, the group's next id.
  const indexOf = (position: number): number => {
    const i = inRange.findIndex((e) => e.seq >= position);
    return i < 0 ? inRange.length : i;
  };
  const positionOf = (index: number): number => inRange[index]?.seq ?? group.nextSeq;
  let start: number;
  let end: number;
  const token = input.nextToken;
  if (token) {
    const m = /^([fb])\/(\d+)$/.exec(token);
    if (!m) throw invalidNextToken();
    const at = indexOf(Number(m[2]));
    if (m[1] === 'f') {
      start = at;
      end = Math.min(at + limit, inRange.length);
    } else {
      end = at;
      start = Math.max(0, at - limit);
    }
  } else if (input.startFromHead) {
    start = 0;
    end = Math.min(limit, inRange.length);
  } else {
    end = inRange.length;
    start = Math.max(0, end - limit);
  }
  start = Math.min(start, inRange.length);
  end = Math.max(start, Math.min(end, inRange.length));
  return {
    events: inRange.slice(start, end).map((e) => ({
      timestamp: e.timestamp,
      message: e.message,
      ingestionTime: e.ingestionTime,
    })),
    nextForwardToken: encodeToken('f', positionOf(end)),
    nextBackwardToken: encodeToken('b', positionOf(start)),
  };
}
