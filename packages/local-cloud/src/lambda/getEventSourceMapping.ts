// GetEventSourceMapping: one mapping by its UUID, or 404.
import type { EventSourceMappingConfiguration, GetEventSourceMappingRequest } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { eventSourceMappingNotFound } from './errors.js';
import { mappingAnswer } from './eventSourceMappings.js';

export function getEventSourceMapping(
  ctx: LambdaContext,
  input: GetEventSourceMappingRequest,
): EventSourceMappingConfiguration {
  const m = ctx.mappings.get(input.UUID ?? '');
  if (!m) throw eventSourceMappingNotFound();
  return mappingAnswer(m);
}
