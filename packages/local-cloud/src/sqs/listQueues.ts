// ListQueues: the region's queues, by name prefix, paged.
import type { ListQueuesRequest, ListQueuesResult } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { page } from './paging.js';

export function listQueues(ctx: SqsContext, input: ListQueuesRequest): ListQueuesResult {
  const prefix = input.QueueNamePrefix ?? '';
  const all = ctx.store.list(ctx.region, ctx.accountId).filter((q) => q.name.startsWith(prefix));
  const { items, nextToken } = page(all, input.MaxResults, input.NextToken);
  if (items.length === 0) return {};
  return { QueueUrls: items.map((q) => q.url(ctx.baseUrl)), NextToken: nextToken };
}
