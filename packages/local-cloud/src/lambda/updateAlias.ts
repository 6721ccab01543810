// UpdateAlias: points an alias at another version or changes its description.
import type { UpdateAliasRequest } from '@aws-sdk/client-lambda';
import type { LocalRequest } from '../protocol/request.js';
import { jsonBody, type RestAnswer } from '../protocol/restJson.js';
import { aliasOrThrow, checkVersion } from './aliasChecks.js';
import type { LambdaContext } from './context.js';
import { newRevisionId } from './store.js';

export function updateAlias(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const input = jsonBody<UpdateAliasRequest>(req);
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const alias = aliasOrThrow(fn, params.Name);
  if (input.FunctionVersion !== undefined) alias.FunctionVersion = checkVersion(fn, input.FunctionVersion);
  if (input.Description !== undefined) alias.Description = input.Description;
  if (input.RoutingConfig !== undefined) alias.RoutingConfig = input.RoutingConfig;
  alias.RevisionId = newRevisionId();
  return { body: alias };
}
