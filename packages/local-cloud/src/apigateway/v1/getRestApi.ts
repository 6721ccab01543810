// GetRestApi: one REST API by id.
import type { GetRestApiRequest, RestApi } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';

export function getRestApi(ctx: ApiGatewayContext, input: GetRestApiRequest): RestApi {
  return ctx.restApi(input.restApiId).api;
}
