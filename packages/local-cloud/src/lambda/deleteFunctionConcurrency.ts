// DeleteFunctionConcurrency: the function goes back to the account's unreserved pool.
import type { DeleteFunctionConcurrencyRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';

export function deleteFunctionConcurrency(ctx: LambdaContext, input: DeleteFunctionConcurrencyRequest): void {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region);
  fn.reservedConcurrency = undefined;
}
