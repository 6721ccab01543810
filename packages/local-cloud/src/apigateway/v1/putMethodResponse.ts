// PutMethodResponse: a status code a method may answer, with its headers and models.
import type { MethodResponse, PutMethodResponseRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest } from '../errors.js';
import { methodOf } from './lookups.js';

export function putMethodResponse(ctx: ApiGatewayContext, input: PutMethodResponseRequest): MethodResponse {
  const method = methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod);
  const status = String(input.statusCode);
  if (!/^[1-5]\d\d$/.test(status)) throw badRequest('Invalid StatusCode specified');
  const response: MethodResponse = {
    statusCode: status,
    responseParameters: input.responseParameters,
    responseModels: input.responseModels,
  };
  method.methodResponses = { ...method.methodResponses, [status]: response };
  return response;
}
