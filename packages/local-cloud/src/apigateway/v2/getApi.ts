// GetApi: one HTTP or WebSocket API.
import type { GetApiRequest, GetApiResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';

export function getApi(ctx: ApiGatewayContext, input: GetApiRequest): GetApiResponse {
  return ctx.httpApi(input.ApiId).api;
}
