// DeleteApi: an HTTP or WebSocket API with everything in it.
import type { DeleteApiRequest } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';

export function deleteApi(ctx: ApiGatewayContext, input: DeleteApiRequest): Record<string, never> {
  ctx.store.httpApis.delete(ctx.region, ctx.httpApi(input.ApiId).api.ApiId);
  return {};
}
