// ListEventSourceMappings: the region's mappings, filtered by source ARN and function, paged by Marker.
import type { ListEventSourceMappingsRequest, ListEventSourceMappingsResponse } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { mappingAnswer } from './eventSourceMappings.js';
import { functionRef } from './names.js';
import { page } from './paging.js';
import { rangeFailures, throwIfAny } from './validation.js';

export function listEventSourceMappings(
  ctx: LambdaContext,
  input: ListEventSourceMappingsRequest,
): ListEventSourceMappingsResponse {
  throwIfAny(rangeFailures(input.MaxItems, 'maxItems', 1, 10_000));
  // A function filter names the function (and, when qualified, that version or alias only).
  const ref = input.FunctionName ? functionRef(input.FunctionName) : undefined;
  const all = ctx.mappings.list(ref?.region ?? ctx.region).filter((m) => {
    if (input.EventSourceArn && m.EventSourceArn !== input.EventSourceArn) return false;
    if (!ref) return true;
    const [name, qualifier] = m.FunctionArn.split(':').slice(6);
    return name === ref.name && (ref.qualifier === undefined || ref.qualifier === qualifier);
  });
  const { items, next } = page(
    all.map((m) => mappingAnswer(m)),
    input.Marker,
    input.MaxItems,
    100,
  );
  return { EventSourceMappings: items, NextMarker: next };
}
