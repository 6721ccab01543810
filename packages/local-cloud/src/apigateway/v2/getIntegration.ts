// GetIntegration: one integration of an HTTP or WebSocket API.
import type { GetIntegrationRequest, GetIntegrationResult } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { integrationOf } from './lookups.js';

export function getIntegration(ctx: ApiGatewayContext, input: GetIntegrationRequest): GetIntegrationResult {
  return integrationOf(ctx.httpApi(input.ApiId), input.IntegrationId);
}
