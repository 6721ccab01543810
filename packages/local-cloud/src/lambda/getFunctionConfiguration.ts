// GetFunctionConfiguration: the configuration of $LATEST, a version, or the version an alias names.
import type { FunctionConfiguration, GetFunctionConfigurationRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';

export function getFunctionConfiguration(
  ctx: LambdaContext,
  input: GetFunctionConfigurationRequest,
): FunctionConfiguration {
  return ctx.store.get(input.FunctionName!, ctx.region, input.Qualifier).version.config;
}
