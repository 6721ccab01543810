// PutMethod: an HTTP method on a resource, with how callers are authorised.
import type { Method, PutMethodRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest, conflict, missing } from '../errors.js';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'ANY'];
const AUTHORIZATION_TYPES = ['NONE', 'AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS'];

export function putMethod(ctx: ApiGatewayContext, input: PutMethodRequest): Method {
  const api = ctx.restApi(input.restApiId);
  const resource = ctx.resource(api, input.resourceId);
  const verb = String(input.httpMethod).toUpperCase();
  if (!HTTP_METHODS.includes(verb))
    throw badRequest(
      'Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY',
    );
  if (!input.authorizationType) throw missing('authorizationType');
  if (!AUTHORIZATION_TYPES.includes(input.authorizationType))
    throw badRequest(
      `Invalid authorization type specified. Valid options are ${AUTHORIZATION_TYPES.join(',')}`,
    );
  if (resource.methods.has(verb)) throw conflict('Method already exists for this resource');
  if (input.authorizerId && !api.authorizers.has(input.authorizerId))
    throw badRequest(
      `Invalid authorizer ID specified. Setting the authorization type to ${input.authorizationType} requires a valid authorizer.`,
    );
  const method: Method = {
    httpMethod: verb,
    authorizationType: input.authorizationType,
    authorizerId: input.authorizerId,
    apiKeyRequired: input.apiKeyRequired ?? false,
    requestValidatorId: input.requestValidatorId,
    operationName: input.operationName,
    requestParameters: input.requestParameters,
    requestModels: input.requestModels,
    authorizationScopes: input.authorizationScopes,
  };
  resource.methods.set(verb, method);
  return method;
}
