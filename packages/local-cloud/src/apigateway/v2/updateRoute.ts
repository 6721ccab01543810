// UpdateRoute: the members given replace the route's.
import type { UpdateRouteRequest, UpdateRouteResult } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { conflict } from '../errors.js';
import { autoDeploy } from './deployments.js';
import { routeOf } from './lookups.js';
import { mergeGiven } from './merge.js';
import { checkRoute } from './routeChecks.js';

export function updateRoute(ctx: ApiGatewayContext, input: UpdateRouteRequest): UpdateRouteResult {
  const api = ctx.httpApi(input.ApiId);
  const route = routeOf(api, input.RouteId);
  checkRoute(api, input);
  if (input.RouteKey !== undefined) {
    for (const r of api.routes.values())
      if (r !== route && r.RouteKey === input.RouteKey)
        throw conflict(`Route with key ${input.RouteKey} already exists for this API`);
  }
  const { ApiId: _api, RouteId: _id, ...changes } = input;
  mergeGiven(route, changes);
  autoDeploy(api);
  return route;
}
