// DeleteAlias: removes an alias and the event invoke config kept under its name.

import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';

export function deleteAlias(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  fn.aliases.delete(params.Name);
  fn.eventInvokeConfigs.delete(params.Name);
  return { status: 204 };
}
