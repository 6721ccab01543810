// GetAlias: one alias of a function.

import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import { aliasOrThrow } from './aliasChecks.js';
import type { LambdaContext } from './context.js';

export function getAlias(ctx: LambdaContext, req: LocalRequest, params: Record<string, string>): RestAnswer {
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  return { body: aliasOrThrow(fn, params.Name) };
}
