// GetFunctionConfiguration: the configuration of $LATEST, a version, or the version an alias names.

import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';

export function getFunctionConfiguration(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const { version } = ctx.store.get(params.FunctionName, req.region, req.query.get('Qualifier'));
  return { body: version.config };
}
