// ListDeadLetterSourceQueues: the queues whose RedrivePolicy targets this one, paged.
import type {
  ListDeadLetterSourceQueuesRequest,
  ListDeadLetterSourceQueuesResult,
} from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { page } from './paging.js';

export function listDeadLetterSourceQueues(
  ctx: SqsContext,
  input: ListDeadLetterSourceQueuesRequest,
): ListDeadLetterSourceQueuesResult {
  const dlq = ctx.queue(input.QueueUrl);
  const sources = ctx.store
    .list(ctx.region, ctx.accountId)
    .filter((q) => q.redrive?.deadLetterTargetArn === dlq.arn);
  const { items, nextToken } = page(sources, input.MaxResults, input.NextToken);
  return { queueUrls: items.map((q) => q.url(ctx.baseUrl)), NextToken: nextToken };
}
