// PutLogEvents: appends events (in timestamp order, as AWS requires) to an existing stream.
import type { PutLogEventsRequest, PutLogEventsResponse } from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { constraintViolation, invalidParameter } from './errors.js';
import { sequenceToken } from './store.js';

export function putLogEvents(ctx: LogsContext, input: PutLogEventsRequest): PutLogEventsResponse {
  const { store } = ctx;
  const group = store.group(ctx.region, input.logGroupName ?? '');
  const stream = store.stream(group, input.logStreamName ?? '');
  const events = input.logEvents ?? [];
  if (events.length === 0) {
    throw constraintViolation('[]', 'logEvents', 'Member must have length greater than or equal to 1');
  }
  for (let i = 1; i < events.length; i++) {
    if ((events[i].timestamp ?? 0) < (events[i - 1].timestamp ?? 0)) {
      throw invalidParameter('Log events in a single PutLogEvents request must be in chronological order.');
    }
  }
  store.append(
    group,
    stream,
    events.map((e) => ({ timestamp: e.timestamp ?? Date.now(), message: e.message ?? '' })),
  );
  return { nextSequenceToken: sequenceToken(stream.events.length) };
}
