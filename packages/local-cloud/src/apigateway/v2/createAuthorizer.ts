// CreateAuthorizer: a JWT or Lambda (REQUEST) authorizer of an HTTP or WebSocket API, kept as a record.
import type { CreateAuthorizerRequest, CreateAuthorizerResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { badRequest, missing } from '../errors.js';
import { newId, SHORT_ID_LENGTH } from '../ids.js';

export function createAuthorizer(
  ctx: ApiGatewayContext,
  input: CreateAuthorizerRequest,
): CreateAuthorizerResponse {
  const api = ctx.httpApi(input.ApiId);
  if (!input.Name) throw missing('Name');
  if (input.AuthorizerType !== 'JWT' && input.AuthorizerType !== 'REQUEST')
    throw badRequest('Invalid authorizer type specified. Valid options are JWT,REQUEST');
  if (input.AuthorizerType === 'JWT' && !input.JwtConfiguration?.Issuer)
    throw badRequest('JwtConfiguration.Issuer is required for a JWT authorizer');
  const id = newId(SHORT_ID_LENGTH, (x) => api.authorizers.has(x));
  const { ApiId: _api, ...rest } = input;
  const authorizer = { ...rest, AuthorizerId: id, Name: input.Name };
  api.authorizers.set(id, authorizer);
  return authorizer;
}
