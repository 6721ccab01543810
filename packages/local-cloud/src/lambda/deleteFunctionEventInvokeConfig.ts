// DeleteFunctionEventInvokeConfig: removes a qualifier's config (204), or 404 when there is none.

import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';
import { configTarget, noConfig } from './eventInvokeConfigs.js';

export function deleteFunctionEventInvokeConfig(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const target = configTarget(ctx, params.FunctionName, req.query.get('Qualifier'), req.region);
  if (!target.fn.eventInvokeConfigs.delete(target.qualifier)) throw noConfig(target);
  return { status: 204 };
}
