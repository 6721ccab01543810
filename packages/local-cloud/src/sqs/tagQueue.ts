// TagQueue: adds or replaces tags.
import type { TagQueueRequest } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { invalidParameterValue } from './errors.js';

export function tagQueue(ctx: SqsContext, input: TagQueueRequest): void {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  const tags = input.Tags ?? {};
  if (Object.keys({ ...queue.tags, ...tags }).length > 50) {
    throw invalidParameterValue('Too many tags added for queue. Maximum 50 tags allowed per queue.');
  }
  Object.assign(queue.tags, tags);
}
