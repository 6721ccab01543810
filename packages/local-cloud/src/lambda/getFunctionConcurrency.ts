// GetFunctionConcurrency: the reserved concurrency, or an empty answer when none is set.
import type { GetFunctionConcurrencyRequest, GetFunctionConcurrencyResponse } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';

export function getFunctionConcurrency(
  ctx: LambdaContext,
  input: GetFunctionConcurrencyRequest,
): GetFunctionConcurrencyResponse {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region);
  return fn.reservedConcurrency === undefined ? {} : { ReservedConcurrentExecutions: fn.reservedConcurrency };
}
