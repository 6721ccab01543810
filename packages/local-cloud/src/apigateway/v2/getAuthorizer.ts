// GetAuthorizer: one authorizer of an HTTP or WebSocket API.
import type { GetAuthorizerRequest, GetAuthorizerResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { authorizerOf } from './lookups.js';

export function getAuthorizer(ctx: ApiGatewayContext, input: GetAuthorizerRequest): GetAuthorizerResponse {
  return authorizerOf(ctx.httpApi(input.ApiId), input.AuthorizerId);
}
