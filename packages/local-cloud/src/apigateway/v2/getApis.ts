// GetApis: the region's HTTP and WebSocket APIs, oldest first, paged.
import type { GetApisRequest, GetApisResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';

export function getApis(ctx: ApiGatewayContext, input: GetApisRequest): GetApisResponse {
  const all = ctx.store.httpApis.list(ctx.region).map((r) => r.api);
  const { items, next } = page(all, input.MaxResults, input.NextToken, 100);
  return { Items: items, NextToken: next };
}
