// CreateAuthorizer: a Lambda (TOKEN, REQUEST) or Cognito authorizer of a REST API, kept as a record.
import type { Authorizer, CreateAuthorizerRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest, missing } from '../errors.js';
import { newId, SHORT_ID_LENGTH } from '../ids.js';

export function createAuthorizer(ctx: ApiGatewayContext, input: CreateAuthorizerRequest): Authorizer {
  const api = ctx.restApi(input.restApiId);
  if (!input.name) throw missing('name');
  if (!input.type || !['TOKEN', 'REQUEST', 'COGNITO_USER_POOLS'].includes(input.type))
    throw badRequest('Invalid authorizer type specified. Valid options are TOKEN,REQUEST,COGNITO_USER_POOLS');
  const id = newId(SHORT_ID_LENGTH, (x) => api.authorizers.has(x));
  const authorizer = {
    id,
    name: input.name,
    type: input.type,
    providerARNs: input.providerARNs,
    authType: input.authType ?? 'custom',
    authorizerUri: input.authorizerUri,
    authorizerCredentials: input.authorizerCredentials,
    identitySource: input.identitySource,
    identityValidationExpression: input.identityValidationExpression,
    authorizerResultTtlInSeconds: input.authorizerResultTtlInSeconds ?? 300,
  };
  api.authorizers.set(id, authorizer);
  return authorizer;
}
