// ListQueueTags: the queue's tags (no `Tags` member when there are none).
import type { ListQueueTagsRequest, ListQueueTagsResult } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';

export function listQueueTags(ctx: SqsContext, input: ListQueueTagsRequest): ListQueueTagsResult {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  return Object.keys(queue.tags).length > 0 ? { Tags: { ...queue.tags } } : {};
}
