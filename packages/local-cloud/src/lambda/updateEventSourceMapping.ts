// UpdateEventSourceMapping: merges the given settings (202, State `Updating`, `Enabling` or `Disabling`);
// the poller restarts with them, or stops when the mapping is disabled.
import type {
  EventSourceMappingConfiguration,
  UpdateEventSourceMappingRequest,
} from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { eventSourceMappingNotFound } from './errors.js';
import { mappingAnswer, type StoredMapping } from './eventSourceMappings.js';
import { validateMapping, validateRanges } from './eventSourceMappingValidation.js';

export async function updateEventSourceMapping(
  ctx: LambdaContext,
  input: UpdateEventSourceMappingRequest,
): Promise<EventSourceMappingConfiguration> {
  const old = ctx.mappings.get(input.UUID ?? '');
  if (!old) throw eventSourceMappingNotFound();
  validateRanges(input);
  const target = ctx.store.get(input.FunctionName ?? old.FunctionArn, old.region);
  const merged: StoredMapping = {
    ...old,
    FunctionArn: input.FunctionName ? target.invokedArn : old.FunctionArn,
    BatchSize: input.BatchSize ?? old.BatchSize,
    MaximumBatchingWindowInSeconds:
      input.MaximumBatchingWindowInSeconds ?? old.MaximumBatchingWindowInSeconds,
    FunctionResponseTypes: input.FunctionResponseTypes ?? old.FunctionResponseTypes,
    FilterCriteria: input.FilterCriteria ?? old.FilterCriteria,
    ScalingConfig: input.ScalingConfig ?? old.ScalingConfig,
    enabled: input.Enabled ?? old.enabled,
    LastModified: new Date(),
  };
  validateMapping(ctx, merged, target);
  await ctx.mappings.put(merged);
  const state = merged.enabled === old.enabled ? 'Updating' : merged.enabled ? 'Enabling' : 'Disabling';
  return mappingAnswer(merged, state);
}
