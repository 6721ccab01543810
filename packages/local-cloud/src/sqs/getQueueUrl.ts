// GetQueueUrl: the URL of a queue by name (and optionally its owner's account).
import type { GetQueueUrlRequest, GetQueueUrlResult } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { missingParameter } from './errors.js';

export function getQueueUrl(ctx: SqsContext, input: GetQueueUrlRequest): GetQueueUrlResult {
  if (!input.QueueName) throw missingParameter('QueueName');
  const queue = ctx.store.get(
    ctx.region,
    input.QueueOwnerAWSAccountId || ctx.accountId,
    String(input.QueueName),
  );
  if (!queue) throw ctx.noSuchQueue();
  return { QueueUrl: queue.url(ctx.baseUrl) };
}
