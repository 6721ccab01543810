// ListFunctionEventInvokeConfigs: every qualifier's config of a function, paged by Marker.

import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';
import { configAnswer, configTarget } from './eventInvokeConfigs.js';
import { page } from './paging.js';
import { rangeFailures, throwIfAny } from './validation.js';

export function listFunctionEventInvokeConfigs(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const max = req.query.get('MaxItems');
  if (max !== null) throwIfAny(rangeFailures(Number(max), 'maxItems', 1, 50));
  const { fn } = configTarget(ctx, params.FunctionName, null, req.region);
  const all = [...fn.eventInvokeConfigs.values()].map(configAnswer);
  const { items, next } = page(all, req.query.get('Marker'), max, 50);
  return { body: { FunctionEventInvokeConfigs: items, NextMarker: next } };
}
