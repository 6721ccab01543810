// DeleteFunctionConcurrency: the function goes back to the account's unreserved pool.

import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';

export function deleteFunctionConcurrency(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  fn.reservedConcurrency = undefined;
  return { status: 204 };
}
