// GetFunctionEventInvokeConfig: the asynchronous-invocation config of a qualifier, or 404.
import type { FunctionEventInvokeConfig, GetFunctionEventInvokeConfigRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { configAnswer, configTarget, noConfig } from './eventInvokeConfigs.js';

export function getFunctionEventInvokeConfig(
  ctx: LambdaContext,
  input: GetFunctionEventInvokeConfigRequest,
): FunctionEventInvokeConfig {
  const target = configTarget(ctx, input.FunctionName!, input.Qualifier);
  const stored = target.fn.eventInvokeConfigs.get(target.qualifier);
  if (!stored) throw noConfig(target);
  return configAnswer(stored);
}
