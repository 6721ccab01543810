// DeleteAuthorizer: an authorizer of an HTTP or WebSocket API.
import type { DeleteAuthorizerRequest } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { authorizerOf } from './lookups.js';

export function deleteAuthorizer(
  ctx: ApiGatewayContext,
  input: DeleteAuthorizerRequest,
): Record<string, never> {
  const api = ctx.httpApi(input.ApiId);
  api.authorizers.delete(authorizerOf(api, input.AuthorizerId).AuthorizerId);
  return {};
}
