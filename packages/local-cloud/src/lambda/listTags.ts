// ListTags: a function's tags.

import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';

export function listTags(ctx: LambdaContext, req: LocalRequest, params: Record<string, string>): RestAnswer {
  const { fn } = ctx.store.get(params.Resource, req.region);
  return { body: { Tags: fn.tags } };
}
