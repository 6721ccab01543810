// PutLogEvents: appends events (in timestamp order, as AWS requires) to an existing stream.
import type { PutLogEventsRequest, PutLogEventsResponse } from '@aws-sdk/client-cloudwatch-logs';
import { AwsError } from '../protocol/errors.js';
import type { LocalRequest } from '../protocol/request.js';
import { type LogsStore, sequenceToken } from './store.js';

export function putLogEvents(
  store: LogsStore,
  input: PutLogEventsRequest,
  req: LocalRequest,
): PutLogEventsResponse {
  const group = store.group(req.region, input.logGroupName ?? '');
  const stream = store.stream(group, input.logStreamName ?? '');
  const events = input.logEvents ?? [];
  if (events.length === 0) {
    throw new AwsError(
      'InvalidParameterException',
      "1 validation error detected: Value '[]' at 'logEvents' failed to satisfy constraint: Member must have length greater than or equal to 1",
      400,
    );
  }
  for (let i = 1; i < events.length; i++) {
    if ((events[i].timestamp ?? 0) < (events[i - 1].timestamp ?? 0)) {
      throw new AwsError(
        'InvalidParameterException',
        'Log events in a single PutLogEvents request must be in chronological order.',
        400,
      );
    }
  }
  store.append(
    group,
    stream,
    events.map((e) => ({ timestamp: e.timestamp ?? Date.now(), message: e.message ?? '' })),
  );
  return { nextSequenceToken: sequenceToken(stream.events.length) };
}
