// GetFunctionConcurrency: the reserved concurrency, or an empty answer when none is set.
import type { GetFunctionConcurrencyResponse } from '@aws-sdk/client-lambda';
import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';

export function getFunctionConcurrency(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const body: GetFunctionConcurrencyResponse =
    fn.reservedConcurrency === undefined ? {} : { ReservedConcurrentExecutions: fn.reservedConcurrency };
  return { body };
}
