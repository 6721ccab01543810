// UpdateFunctionConfiguration: changes settings of $LATEST; its warm environments end.
import type { FunctionConfiguration, UpdateFunctionConfigurationRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { revisionMismatch } from './errors.js';
import { lastModifiedNow, newRevisionId } from './store.js';
import { validateConfiguration } from './validation.js';

export function updateFunctionConfiguration(
  ctx: LambdaContext,
  input: UpdateFunctionConfigurationRequest,
): FunctionConfiguration {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region);
  validateConfiguration(input);
  const old = fn.latest.config;
  if (input.RevisionId && input.RevisionId !== old.RevisionId) throw revisionMismatch('GetFunction/GetAlias');
  const config: FunctionConfiguration = {
    ...old,
    LastModified: lastModifiedNow(),
    RevisionId: newRevisionId(),
  };
  if (input.Role !== undefined) config.Role = input.Role;
  if (input.Handler !== undefined) config.Handler = input.Handler;
  if (input.Runtime !== undefined) config.Runtime = input.Runtime;
  if (input.Description !== undefined) config.Description = input.Description;
  if (input.Timeout !== undefined) config.Timeout = input.Timeout;
  if (input.MemorySize !== undefined) config.MemorySize = input.MemorySize;
  if (input.Environment !== undefined) {
    const vars = input.Environment.Variables ?? {};
    config.Environment = Object.keys(vars).length > 0 ? { Variables: vars } : undefined;
  }
  if (input.DeadLetterConfig !== undefined) {
    config.DeadLetterConfig = input.DeadLetterConfig.TargetArn
      ? { TargetArn: input.DeadLetterConfig.TargetArn }
      : undefined;
  }
  if (input.TracingConfig?.Mode) config.TracingConfig = { Mode: input.TracingConfig.Mode };
  if (input.LoggingConfig) config.LoggingConfig = { ...config.LoggingConfig, ...input.LoggingConfig };
  fn.latest = { ...fn.latest, config };
  ctx.pool.retire(fn);
  return config;
}
