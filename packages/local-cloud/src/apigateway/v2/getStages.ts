// GetStages: an API's stages, paged.
import type { GetStagesRequest, GetStagesResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';

export function getStages(ctx: ApiGatewayContext, input: GetStagesRequest): GetStagesResponse {
  const all = [...ctx.httpApi(input.ApiId).stages.values()];
  const { items, next } = page(all, input.MaxResults, input.NextToken, 100);
  return { Items: items, NextToken: next };
}
