// GetRoutes: an API's routes, paged.
import type { GetRoutesRequest, GetRoutesResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';

export function getRoutes(ctx: ApiGatewayContext, input: GetRoutesRequest): GetRoutesResponse {
  const all = [...ctx.httpApi(input.ApiId).routes.values()];
  const { items, next } = page(all, input.MaxResults, input.NextToken, 100);
  return { Items: items, NextToken: next };
}
