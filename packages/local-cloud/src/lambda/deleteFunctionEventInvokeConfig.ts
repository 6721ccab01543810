// DeleteFunctionEventInvokeConfig: removes a qualifier's config (204), or 404 when there is none.
import type { DeleteFunctionEventInvokeConfigRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { configTarget, noConfig } from './eventInvokeConfigs.js';

export function deleteFunctionEventInvokeConfig(
  ctx: LambdaContext,
  input: DeleteFunctionEventInvokeConfigRequest,
): void {
  const target = configTarget(ctx, input.FunctionName!, input.Qualifier);
  if (!target.fn.eventInvokeConfigs.delete(target.qualifier)) throw noConfig(target);
}
