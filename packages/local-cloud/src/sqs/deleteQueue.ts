// DeleteQueue: removes the queue and its messages; its pending long polls answer empty.
import type { DeleteQueueRequest } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';

export function deleteQueue(ctx: SqsContext, input: DeleteQueueRequest): void {
  ctx.store.remove(ctx.queue(input.QueueUrl));
}
