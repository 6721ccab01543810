// GetRoute: one route of an HTTP or WebSocket API.
import type { GetRouteRequest, GetRouteResult } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { routeOf } from './lookups.js';

export function getRoute(ctx: ApiGatewayContext, input: GetRouteRequest): GetRouteResult {
  return routeOf(ctx.httpApi(input.ApiId), input.RouteId);
}
