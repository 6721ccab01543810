// FilterLogEvents: events of a group (or some of its streams) matching a filter pattern, in time order; the
// token names the last event answered, so that events dropped to the store's caps move no page.
import type {
  FilteredLogEvent,
  FilterLogEventsRequest,
  FilterLogEventsResponse,
} from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { invalidNextToken, invalidParameter } from './errors.js';
import { compileFilterPattern } from './filterPattern.js';
import { groupName, sequenceToken } from './store.js';
import { checkLimit } from './validate.js';

export function filterLogEvents(ctx: LogsContext, input: FilterLogEventsRequest): FilterLogEventsResponse {
  if (input.logStreamNames && input.logStreamNamePrefix) {
    throw invalidParameter('Cannot specify both logStreamNames and logStreamNamePrefix.');
  }
  const limit = checkLimit(input.limit, 10_000);
  const group = ctx.store.group(ctx.region, groupName(input));
  const match = compileFilterPattern(input.filterPattern);
  const names = input.logStreamNames ? new Set(input.logStreamNames) : undefined;
  const prefix = input.logStreamNamePrefix;
  const found: FilteredLogEvent[] = [];
  for (const s of group.streams.values()) {
    if (names && !names.has(s.name)) continue;
    if (prefix && !s.name.startsWith(prefix)) continue;
    for (const e of s.events) {
      if (input.startTime !== undefined && e.timestamp < input.startTime) continue;
      if (input.endTime !== undefined && e.timestamp > input.endTime) continue;
      if (!match(e.message)) continue;
      found.push({
        logStreamName: s.name,
        timestamp: e.timestamp,
        message: e.message,
        ingestionTime: e.ingestionTime,
        eventId: sequenceToken(e.seq),
      });
    }
  }
  // Equal times keep the order of arrival: event ids are fixed-width, so they compare as text.
  const sorted = found.sort((a, b) => a.timestamp! - b.timestamp! || (a.eventId! < b.eventId! ? -1 : 1));
  const start = startAfter(sorted, input.nextToken);
  const events = sorted.slice(start, start + limit);
  const end = start + events.length;
  const last = events.at(-1);
  return {
    events,
    searchedLogStreams: [],
    nextToken: end < sorted.length && last ? `e/${last.timestamp}/${last.eventId}` : undefined,
  };
}

/** The index of the first event after the one the token names (time, then id, as they are sorted). */
function startAfter(sorted: FilteredLogEvent[], token: string | undefined): number {
  if (!token) return 0;
  const m = /^e\/(\d+)\/(\d{56})$/.exec(token);
  if (!m) throw invalidNextToken();
  const time = Number(m[1]);
  const id = m[2];
  const i = sorted.findIndex((e) => e.timestamp! > time || (e.timestamp === time && e.eventId! > id));
  return i < 0 ? sorted.length : i;
}
