// UpdateFunctionConfiguration: changes settings (layers too) of $LATEST; its warm environments end.
import type { FunctionConfiguration, UpdateFunctionConfigurationRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { revisionMismatch } from './errors.js';
import { resolveLayers } from './functionLayers.js';
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
  const layers = input.Layers ? resolveLayers(ctx, input.Layers) : undefined;
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
  // `{}` names no target and changes nothing (AWS answers the target kept); `TargetArn: ""` removes it.
  const dlq = input.DeadLetterConfig?.TargetArn;
  if (dlq !== undefined) config.DeadLetterConfig = dlq ? { TargetArn: dlq } : undefined;
  if (input.TracingConfig?.Mode) config.TracingConfig = { Mode: input.TracingConfig.Mode };
  if (input.LoggingConfig) config.LoggingConfig = { ...config.LoggingConfig, ...input.LoggingConfig };
  // An empty list removes every layer.
  if (layers) config.Layers = layers.config.length > 0 ? layers.config : undefined;
  fn.latest = { ...fn.latest, config, layers: layers ? layers.versions : fn.latest.layers };
  ctx.pool.retire(fn);
  return config;
}
