// DeleteRestApi: a REST API with everything in it.
import type { DeleteRestApiRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';

export function deleteRestApi(ctx: ApiGatewayContext, input: DeleteRestApiRequest): Record<string, never> {
  const api = ctx.restApi(input.restApiId);
  ctx.store.restApis.delete(ctx.region, api.api.id);
  return {};
}
