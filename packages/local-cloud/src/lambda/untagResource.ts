// UntagResource: removes tags from a function by key.

import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';

export function untagResource(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const { fn } = ctx.store.get(params.Resource, req.region);
  for (const key of req.query.getAll('tagKeys')) delete fn.tags[key];
  return { status: 204 };
}
