// UntagResource: removes tags from a function by key.
import type { UntagResourceRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';

export function untagResource(ctx: LambdaContext, input: UntagResourceRequest): void {
  const { fn } = ctx.store.get(input.Resource!, ctx.region);
  for (const key of input.TagKeys ?? []) delete fn.tags[key];
}
