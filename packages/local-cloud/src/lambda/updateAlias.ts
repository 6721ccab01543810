// UpdateAlias: points an alias at another version or changes its description.
import type { AliasConfiguration, UpdateAliasRequest } from '@aws-sdk/client-lambda';
import { aliasOrThrow, checkVersion } from './aliasChecks.js';
import type { LambdaContext } from './context.js';
import { newRevisionId } from './store.js';

export function updateAlias(ctx: LambdaContext, input: UpdateAliasRequest): AliasConfiguration {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region);
  const alias = aliasOrThrow(fn, input.Name!);
  if (input.FunctionVersion !== undefined) alias.FunctionVersion = checkVersion(fn, input.FunctionVersion);
  if (input.Description !== undefined) alias.Description = input.Description;
  if (input.RoutingConfig !== undefined) alias.RoutingConfig = input.RoutingConfig;
  alias.RevisionId = newRevisionId();
  return alias;
}
