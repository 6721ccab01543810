// DeleteEventSourceMapping: stops the poller and forgets the mapping (202, State `Deleting`).
import type {
  DeleteEventSourceMappingRequest,
  EventSourceMappingConfiguration,
} from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { eventSourceMappingNotFound } from './errors.js';
import { mappingAnswer } from './eventSourceMappings.js';

export async function deleteEventSourceMapping(
  ctx: LambdaContext,
  input: DeleteEventSourceMappingRequest,
): Promise<EventSourceMappingConfiguration> {
  const m = ctx.mappings.get(input.UUID ?? '');
  if (!m) throw eventSourceMappingNotFound();
  await ctx.mappings.delete(m.UUID);
  return mappingAnswer(m, 'Deleting');
}
