// CreateEventSourceMapping: an SQS queue polled for the function (202, State `Creating`); its poller
// starts at once when the mapping is enabled.
import type {
  CreateEventSourceMappingRequest,
  EventSourceMappingConfiguration,
} from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { nullFailure, startingPositionForSqs, validationError } from './errors.js';
import { mappingAnswer, type StoredMapping } from './eventSourceMappings.js';
import { sqsSource, validateMapping, validateRanges } from './eventSourceMappingValidation.js';

export async function createEventSourceMapping(
  ctx: LambdaContext,
  input: CreateEventSourceMappingRequest,
): Promise<EventSourceMappingConfiguration> {
  if (!input.FunctionName) throw validationError([nullFailure('functionName')]);
  validateRanges(input);
  const source = sqsSource(input.EventSourceArn);
  if (input.StartingPosition !== undefined) throw startingPositionForSqs();
  const target = ctx.store.get(input.FunctionName, ctx.region);
  const mapping: StoredMapping = {
    ...ctx.mappings.newId(target.fn.region),
    region: target.fn.region,
    EventSourceArn: source,
    FunctionArn: target.invokedArn,
    BatchSize: input.BatchSize ?? 10,
    MaximumBatchingWindowInSeconds: input.MaximumBatchingWindowInSeconds ?? 0,
    FunctionResponseTypes: input.FunctionResponseTypes ?? [],
    FilterCriteria: input.FilterCriteria,
    ScalingConfig: input.ScalingConfig,
    enabled: input.Enabled ?? true,
    LastModified: new Date(),
  };
  validateMapping(ctx, mapping, target);
  await ctx.mappings.put(mapping);
  return mappingAnswer(mapping, 'Creating');
}
