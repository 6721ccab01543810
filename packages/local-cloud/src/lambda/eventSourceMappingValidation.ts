// What Create- and UpdateEventSourceMapping check before a mapping is stored, in Lambda's words: ranges,
// the SQS-only source, the batching rule, duplicates, and the execution role's right to poll the queue.
import type { FunctionResponseType } from '@aws-sdk/client-lambda';
import { parseArn } from '../arn.js';
import type { LambdaContext } from './context.js';
import {
  batchingWindowNeeded,
  eventSourceMappingExists,
  roleCannotPoll,
  unsupportedEventSource,
} from './errors.js';
import type { StoredMapping } from './eventSourceMappings.js';
import type { Resolved } from './store.js';
import { rangeFailures, throwIfAny } from './validation.js';

/** What the poller needs from the SQS source, in the order Lambda checks the role (ReceiveMessage first). */
const POLL_ACTIONS = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'];

export function validateRanges(input: {
  BatchSize?: number;
  MaximumBatchingWindowInSeconds?: number;
  FunctionResponseTypes?: FunctionResponseType[];
}): void {
  const failures = [
    ...rangeFailures(input.BatchSize, 'batchSize', 1, 10_000),
    ...rangeFailures(input.MaximumBatchingWindowInSeconds, 'maximumBatchingWindowInSeconds', 0, 300),
  ];
  const types = input.FunctionResponseTypes ?? [];
  if (types.some((t) => t !== 'ReportBatchItemFailures'))
    failures.push(
      `Value '[${types.join(', ')}]' at 'functionResponseTypes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [ReportBatchItemFailures]]`,
    );
  throwIfAny(failures);
}

/** The queue's ARN, or InvalidParameterValueException for any other source. */
export function sqsSource(arn: string | undefined): string {
  const parsed = arn ? parseArn(arn) : undefined;
  if (parsed?.service !== 'sqs') throw unsupportedEventSource(arn ?? '(none)');
  return arn!;
}

/** The rules that depend on the mapping as a whole (after an update merged it). */
export function validateMapping(
  ctx: LambdaContext,
  m: Pick<
    StoredMapping,
    'UUID' | 'EventSourceArn' | 'FunctionArn' | 'BatchSize' | 'MaximumBatchingWindowInSeconds'
  >,
  target: Resolved,
): void {
  if (m.BatchSize > 10 && m.MaximumBatchingWindowInSeconds < 1) throw batchingWindowNeeded();
  const twin = ctx.mappings
    .list(target.fn.region)
    .find(
      (o) => o.UUID !== m.UUID && o.EventSourceArn === m.EventSourceArn && o.FunctionArn === m.FunctionArn,
    );
  if (twin) throw eventSourceMappingExists(m.EventSourceArn, target.fn.name, twin.UUID);
  // A queue that does not exist reads, on AWS too, as a role that may not receive from it.
  if (!ctx.cloud.sqs?.describeQueue(m.EventSourceArn)) throw roleCannotPoll('ReceiveMessage');
  const role = target.version.config.Role;
  if (!role || !ctx.cloud.iam) return;
  for (const action of POLL_ACTIONS) {
    if (!ctx.cloud.iam.evaluate(role, action, m.EventSourceArn).allowed)
      throw roleCannotPoll(action.slice('sqs:'.length));
  }
}
