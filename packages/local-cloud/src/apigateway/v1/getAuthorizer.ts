// GetAuthorizer: one authorizer of a REST API.
import type { Authorizer, GetAuthorizerRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { invalidIdentifier } from '../errors.js';

export function getAuthorizer(ctx: ApiGatewayContext, input: GetAuthorizerRequest): Authorizer {
  const a = ctx.restApi(input.restApiId).authorizers.get(String(input.authorizerId));
  if (!a) throw invalidIdentifier('Authorizer', ctx.accountId, String(input.authorizerId));
  return a;
}
