// GetQueueUrl: the URL of a queue by name (and optionally its owner's account).
import type { GetQueueUrlRequest, GetQueueUrlResult } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { missingParameter, queueDoesNotExist } from './errors.js';

export function getQueueUrl(ctx: SqsContext, input: GetQueueUrlRequest): GetQueueUrlResult {
  if (!input.QueueName) throw missingParameter('QueueName');
  const queue = ctx.store.get(
    ctx.region,
    input.QueueOwnerAWSAccountId || ctx.accountId,
    String(input.QueueName),
  );
  if (!queue) throw queueDoesNotExist();
  return { QueueUrl: queue.url(ctx.baseUrl) };
}
