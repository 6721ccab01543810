// ListAliases: a function's aliases, optionally only those of one version.
import type { ListAliasesRequest, ListAliasesResponse } from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { page } from './paging.js';

export function listAliases(ctx: LambdaContext, input: ListAliasesRequest): ListAliasesResponse {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region);
  const version = input.FunctionVersion;
  const all = [...fn.aliases.values()].filter((a) => !version || a.FunctionVersion === version);
  const { items, next } = page(all, input.Marker, input.MaxItems, 50);
  return { Aliases: items, NextMarker: next };
}
