// ListVersionsByFunction: $LATEST then every published version, paged by Marker.
import type { FunctionConfiguration, ListVersionsByFunctionResponse } from '@aws-sdk/client-lambda';
import type { LocalRequest } from '../protocol/request.js';
import type { RestAnswer } from '../protocol/restJson.js';
import type { LambdaContext } from './context.js';
import { page } from './paging.js';

export function listVersionsByFunction(
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
): RestAnswer {
  const { fn } = ctx.store.get(params.FunctionName, req.region);
  const all: FunctionConfiguration[] = [
    { ...fn.latest.config, FunctionArn: `${fn.arn}:$LATEST` },
    ...[...fn.versions.values()].map((v) => v.config),
  ];
  const { items, next } = page(all, req.query.get('Marker'), req.query.get('MaxItems'), 50);
  const body: ListVersionsByFunctionResponse = { Versions: items, NextMarker: next };
  return { body };
}
