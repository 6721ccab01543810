// GetDeployments: an API's deployments, oldest first, paged.
import type { GetDeploymentsRequest, GetDeploymentsResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';

export function getDeployments(ctx: ApiGatewayContext, input: GetDeploymentsRequest): GetDeploymentsResponse {
  const all = [...ctx.httpApi(input.ApiId).deployments.values()];
  const { items, next } = page(all, input.MaxResults, input.NextToken, 100);
  return { Items: items, NextToken: next };
}
