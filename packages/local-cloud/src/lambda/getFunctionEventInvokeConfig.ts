// GetFunctionEventInvokeConfig: the asynchronous-invocation config of a qualifier, or 404.

import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';
import { configAnswer, configTarget, noConfig } from './eventInvokeConfigs.js';

export function getFunctionEventInvokeConfig(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const target = configTarget(ctx, params.FunctionName, req.query.get('Qualifier'), req.region);
  const stored = target.fn.eventInvokeConfigs.get(target.qualifier);
  if (!stored) throw noConfig(target);
  return { body: configAnswer(stored) };
}
