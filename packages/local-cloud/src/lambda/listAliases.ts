// ListAliases: a function's aliases, optionally only those of one version.
import type { ListAliasesResponse } from '@aws-sdk/client-lambda';
import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';
import { page } from './paging.js';

export function listAliases(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const version = req.query.get('FunctionVersion');
  const all = [...fn.aliases.values()].filter((a) => !version || a.FunctionVersion === version);
  const { items, next } = page(all, req.query.get('Marker'), req.query.get('MaxItems'), 50);
  const body: ListAliasesResponse = { Aliases: items, NextMarker: next };
  return { body };
}
