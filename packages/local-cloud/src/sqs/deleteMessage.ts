// DeleteMessage: removes a received message by its latest receipt handle.
import type { DeleteMessageRequest } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { missingParameter, receiptHandleIsInvalid } from './errors.js';
import type { Queue } from './queue.js';

export function deleteByHandle(queue: Queue, handle: unknown): void {
  if (handle === undefined || handle === null || handle === '') throw missingParameter('ReceiptHandle');
  const h = String(handle);
  if (!queue.ownsReceipt(h)) throw receiptHandleIsInvalid(h);
  queue.delete(h);
}

export function deleteMessage(ctx: SqsContext, input: DeleteMessageRequest): void {
  const queue = ctx.queue(input.QueueUrl);
  deleteByHandle(queue, input.ReceiptHandle);
}
