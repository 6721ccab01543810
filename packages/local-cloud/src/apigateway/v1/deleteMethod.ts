// DeleteMethod: a method with its integration and responses.
import type { DeleteMethodRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { methodOf } from './lookups.js';

export function deleteMethod(ctx: ApiGatewayContext, input: DeleteMethodRequest): Record<string, never> {
  methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod);
  const resource = ctx.resource(ctx.restApi(input.restApiId), input.resourceId);
  resource.methods.delete(String(input.httpMethod).toUpperCase());
  return {};
}
