// GetAuthorizers: an API's authorizers, paged.
import type { GetAuthorizersRequest, GetAuthorizersResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';

export function getAuthorizers(ctx: ApiGatewayContext, input: GetAuthorizersRequest): GetAuthorizersResponse {
  const all = [...ctx.httpApi(input.ApiId).authorizers.values()];
  const { items, next } = page(all, input.MaxResults, input.NextToken, 100);
  return { Items: items, NextToken: next };
}
