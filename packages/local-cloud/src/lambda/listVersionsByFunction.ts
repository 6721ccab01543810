// ListVersionsByFunction: $LATEST then every published version, paged by Marker.
import type {
  FunctionConfiguration,
  ListVersionsByFunctionRequest,
  ListVersionsByFunctionResponse,
} from '@aws-sdk/client-lambda';
import type { LambdaContext } from './context.js';
import { page } from './paging.js';

export function listVersionsByFunction(
  ctx: LambdaContext,
  input: ListVersionsByFunctionRequest,
): ListVersionsByFunctionResponse {
  const { fn } = ctx.store.get(input.FunctionName!, ctx.region);
  const all: FunctionConfiguration[] = [
    { ...fn.latest.config, FunctionArn: `${fn.arn}:$LATEST` },
    ...[...fn.versions.values()].map((v) => v.config),
  ];
  const { items, next } = page(all, input.Marker, input.MaxItems, 50);
  return { Versions: items, NextMarker: next };
}
