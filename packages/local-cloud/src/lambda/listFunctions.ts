// ListFunctions: the region's functions by name, $LATEST only or every version, paged by Marker.
import type {
  FunctionConfiguration,
  ListFunctionsRequest,
  ListFunctionsResponse,
} from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { page } from './paging.js';

export function listFunctions(ctx: LambdaContext, input: ListFunctionsRequest): ListFunctionsResponse {
  const all: FunctionConfiguration[] = [];
  const every = input.FunctionVersion === 'ALL';
  for (const fn of ctx.store.list(ctx.region)) {
    all.push(fn.latest.config);
    if (every) for (const v of fn.versions.values()) all.push(v.config);
  }
  const { items, next } = page(all, input.Marker, input.MaxItems, 50);
  return { Functions: items, NextMarker: next };
}
