// DeleteRoute: a route of an HTTP or WebSocket API.
import type { DeleteRouteRequest } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { autoDeploy } from './deployments.js';
import { routeOf } from './lookups.js';

export function deleteRoute(ctx: ApiGatewayContext, input: DeleteRouteRequest): Record<string, never> {
  const api = ctx.httpApi(input.ApiId);
  api.routes.delete(routeOf(api, input.RouteId).RouteId);
  autoDeploy(api);
  return {};
}
