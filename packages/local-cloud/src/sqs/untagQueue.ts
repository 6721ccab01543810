// UntagQueue: removes tags by key; unknown keys are ignored.
import type { UntagQueueRequest } from '@aws-sdk/client-sqs';
import type { SqsContext } from './context.js';

export function untagQueue(ctx: SqsContext, input: UntagQueueRequest): void {
  const queue = ctx.store.fromUrl(input.QueueUrl, ctx.region);
  for (const k of input.TagKeys ?? []) delete queue.tags[k];
}
