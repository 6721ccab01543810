// TagResource: adds tags to a function.
import type { TagResourceRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';

export function tagResource(ctx: LambdaContext, input: TagResourceRequest): void {
  const { fn } = ctx.store.get(input.Resource!, ctx.region);
  Object.assign(fn.tags, input.Tags ?? {});
}
