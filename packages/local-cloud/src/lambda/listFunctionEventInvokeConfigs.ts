// ListFunctionEventInvokeConfigs: every qualifier's config of a function, paged by Marker.
import type {
  ListFunctionEventInvokeConfigsRequest,
  ListFunctionEventInvokeConfigsResponse,
} from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { configAnswer, configTarget } from './eventInvokeConfigs.js';
import { page } from './paging.js';
import { rangeFailures, throwIfAny } from './validation.js';

export function listFunctionEventInvokeConfigs(
  ctx: LambdaContext,
  input: ListFunctionEventInvokeConfigsRequest,
): ListFunctionEventInvokeConfigsResponse {
  throwIfAny(rangeFailures(input.MaxItems, 'maxItems', 1, 50));
  const { fn } = configTarget(ctx, input.FunctionName!);
  const all = [...fn.eventInvokeConfigs.values()].map(configAnswer);
  const { items, next } = page(all, input.Marker, input.MaxItems, 50);
  return { FunctionEventInvokeConfigs: items, NextMarker: next };
}
