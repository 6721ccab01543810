// ListFunctions: the region's functions by name, $LATEST only or every version, paged by Marker.
import type { FunctionConfiguration, ListFunctionsResponse } from '@aws-sdk/client-lambda';
import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';
import { page } from './paging.js';

export function listFunctions(ctx: LambdaContext, req: LocalRequest): RestAnswer {
  const all: FunctionConfiguration[] = [];
  const every = req.query.get('FunctionVersion') === 'ALL';
  for (const fn of ctx.store.list(req.region)) {
    all.push(fn.latest.config);
    if (every) for (const v of fn.versions.values()) all.push(v.config);
  }
  const { items, next } = page(all, req.query.get('Marker'), req.query.get('MaxItems'), 50);
  const body: ListFunctionsResponse = { Functions: items, NextMarker: next };
  return { body };
}
