// GetIntegrations: an API's integrations, paged.
import type { GetIntegrationsRequest, GetIntegrationsResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';

export function getIntegrations(
  ctx: ApiGatewayContext,
  input: GetIntegrationsRequest,
): GetIntegrationsResponse {
  const all = [...ctx.httpApi(input.ApiId).integrations.values()];
  const { items, next } = page(all, input.MaxResults, input.NextToken, 100);
  return { Items: items, NextToken: next };
}
