// CreateQueue: a new queue, or the existing one's URL when every given attribute matches.
import type { CreateQueueRequest, CreateQueueResult } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { queueNameExists } from './errors.js';
import { Queue } from './queue.js';
import { sameAttribute, validateQueueAttributes } from './queueAttributes.js';
import { checkTags } from './tags.js';
import { checkQueueName } from './validate.js';

export function createQueue(ctx: SqsContext, input: CreateQueueRequest): CreateQueueResult {
  const given = input.Attributes ?? {};
  const fifo = String(given.FifoQueue) === 'true';
  const name = checkQueueName(input.QueueName, fifo);
  const attributes = validateQueueAttributes(given, {
    fifo,
    creating: true,
    lookupFifo: (arn) => ctx.store.byArn(arn)?.fifo,
  });
  const tags = input.tags ?? {};
  checkTags(name, {}, tags);
  const existing = ctx.store.get(ctx.region, ctx.accountId, name);
  if (existing) {
    for (const [k, v] of Object.entries(attributes)) {
      if (!sameAttribute(k, existing.attributes[k], v)) throw queueNameExists(k);
    }
    return { QueueUrl: existing.url(ctx.baseUrl) };
  }
  const queue = new Queue(ctx.store, {
    name,
    region: ctx.region,
    accountId: ctx.accountId,
    fifo,
    attributes,
    tags,
  });
  ctx.store.add(queue);
  return { QueueUrl: queue.url(ctx.baseUrl) };
}
