// ListTags: a function's tags.
import type { ListTagsRequest, ListTagsResponse } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';

export function listTags(ctx: LambdaContext, input: ListTagsRequest): ListTagsResponse {
  const { fn } = ctx.store.get(input.Resource!, ctx.region);
  return { Tags: fn.tags };
}
