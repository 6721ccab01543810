// ListQueueTags: the queue's tags (no `Tags` member when there are none).
import type { ListQueueTagsRequest, ListQueueTagsResult } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';

export function listQueueTags(ctx: SqsContext, input: ListQueueTagsRequest): ListQueueTagsResult {
  const queue = ctx.queue(input.QueueUrl);
  return Object.keys(queue.tags).length > 0 ? { Tags: { ...queue.tags } } : {};
}
