// TagResource: adds tags to a function.
import type { TagResourceRequest } from '@aws-sdk/client-lambda';
import type { LocalRequest } from '../protocol/request.js';
import { jsonBody, type RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';

export function tagResource(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const input = jsonBody<TagResourceRequest>(req);
  const { fn } = ctx.store.get(params.Resource, req.region);
  Object.assign(fn.tags, input.Tags ?? {});
  return { status: 204 };
}
