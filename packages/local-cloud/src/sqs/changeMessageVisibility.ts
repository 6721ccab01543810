// ChangeMessageVisibility: a new visibility timeout for an in-flight message (0 releases it at once).
import type { ChangeMessageVisibilityRequest } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { invalidParameter, messageNotInflight, missingParameter, receiptHandleIsInvalid } from './errors.js';
import type { Queue } from './queue.js';
import { State } from './storedMessage.js';
import { optionalInt } from './validate.js';

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
  if (!message) {
    throw invalidParameter(
      'ReceiptHandle',
      h,
      'Message does not exist or is not available for visibility timeout change.',
    );
  }
  if (message.state !== State.InFlight) throw messageNotInflight();
  queue.changeVisibility(message, seconds);
}

export function changeMessageVisibility(ctx: SqsContext, input: ChangeMessageVisibilityRequest): void {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  changeByHandle(queue, input.ReceiptHandle, input.VisibilityTimeout);
}
