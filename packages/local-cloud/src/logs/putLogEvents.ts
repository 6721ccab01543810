// PutLogEvents: appends events (in timestamp order, as AWS requires) to an existing stream.
import type { PutLogEventsRequest, PutLogEventsResponse } from '@aws-sdk/client-cloudwatch-logs';
import type { LogsContext } from './context.js';
import { constraintViolation, invalidParameter } from './errors.js';
import { sequenceToken } from './store.js';
import { checkGroupName, checkStreamName, required } from './validate.js';

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
  store.append(group, stream, events);
  return { nextSequenceToken: sequenceToken(stream.events.length) };
}
