// TagQueue: adds or replaces tags, all or none.
import type { TagQueueRequest } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { missingParameter } from './errors.js';
import { checkTags } from './tags.js';

export function tagQueue(ctx: SqsContext, input: TagQueueRequest): void {
  const queue = ctx.queue(input.QueueUrl);
  const tags = input.Tags ?? {};
  if (Object.keys(tags).length === 0) throw missingParameter('Tags');
  checkTags(queue.name, queue.tags, tags);
  queue.tag(tags);
}
