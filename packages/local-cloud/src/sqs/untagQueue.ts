// UntagQueue: removes tags by key; unknown keys are ignored.
import type { UntagQueueRequest } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';
import { tagKeyLength } from './errors.js';
import { checkTagKey } from './tags.js';

export function untagQueue(ctx: SqsContext, input: UntagQueueRequest): void {
  const queue = ctx.queue(input.QueueUrl);
  const keys = input.TagKeys ?? [];
  if (keys.length === 0) throw tagKeyLength();
  for (const k of keys) checkTagKey(k);
  queue.untag(keys);
}
