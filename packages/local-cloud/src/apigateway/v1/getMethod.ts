// GetMethod: a method with its method responses and integration.
import type { GetMethodRequest, Method } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { methodOf } from './lookups.js';

export function getMethod(ctx: ApiGatewayContext, input: GetMethodRequest): Method {
  return methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod);
}
