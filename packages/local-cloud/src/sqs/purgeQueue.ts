// PurgeQueue: drops every message; once per 60 seconds per queue, as on AWS.
import type { PurgeQueueRequest } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { purgeQueueInProgress } from './errors.js';

export function purgeQueue(ctx: SqsContext, input: PurgeQueueRequest): void {
  const queue = ctx.queue(input.QueueUrl);
  if (queue.lastPurgeAt > 0 && Date.now() - queue.lastPurgeAt < 60_000)
    throw purgeQueueInProgress(queue.name);
  queue.purge();
}
