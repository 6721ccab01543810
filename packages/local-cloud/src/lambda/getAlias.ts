// GetAlias: one alias of a function.
import type { AliasConfiguration, GetAliasRequest } from '@aws-sdk/client-lambda';
import { aliasOrThrow } from './aliasChecks.js';
import type { LambdaContext } from './context.js';

export function getAlias(ctx: LambdaContext, input: GetAliasRequest): AliasConfiguration {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region);
  return aliasOrThrow(fn, input.Name!);
}
