// ChangeMessageVisibility: a new visibility timeout for an in-flight message (0 releases it at once).
import type { ChangeMessageVisibilityRequest } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { messageNotAvailable, missingParameter, receiptHandleIsInvalid } from './errors.js';
import type { Queue } from './queue.js';
import { optionalInt } from './validate.js';

/**
 * As recorded on AWS: a handle of an earlier delivery still changes the message's current visibility, a
 * message whose visibility already ran out is left alone (success), and a deleted one's handle is refused.
 */
export function changeByHandle(queue: Queue, handle: unknown, timeout: unknown): void {
  if (handle === undefined || handle === null || handle === '') throw missingParameter('ReceiptHandle');
  const seconds = optionalInt(
    'VisibilityTimeout',
    timeout,
    0,
    43_200,
    'Must be between 0 and 43200, if provided.',
  );
  if (seconds === undefined) throw missingParameter('VisibilityTimeout');
  const h = String(handle);
  if (!queue.ownsReceipt(h)) throw receiptHandleIsInvalid(h);
  const message = queue.byReceipt(h);
  if (!message) throw messageNotAvailable(h);
  queue.changeVisibility(message, seconds);
}

export function changeMessageVisibility(ctx: SqsContext, input: ChangeMessageVisibilityRequest): void {
  const queue = ctx.queue(input.QueueUrl);
  changeByHandle(queue, input.ReceiptHandle, input.VisibilityTimeout);
}
