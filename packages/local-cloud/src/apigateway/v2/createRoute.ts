// CreateRoute: a route key (`GET /items/{id}`, `$default`) and the integration it targets.
import type { CreateRouteRequest, CreateRouteResult } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { conflict, missing } from '../errors.js';
import { newId, ROUTE_ID_LENGTH } from '../ids.js';
import { autoDeploy } from './deployments.js';
import { checkRoute } from './routeChecks.js';

export function createRoute(ctx: ApiGatewayContext, input: CreateRouteRequest): CreateRouteResult {
  const api = ctx.httpApi(input.ApiId);
  if (!input.RouteKey) throw missing('RouteKey');
  checkRoute(api, input);
  for (const r of api.routes.values())
    if (r.RouteKey === input.RouteKey)
      throw conflict(`Route with key ${input.RouteKey} already exists for this API`);
  const id = newId(ROUTE_ID_LENGTH, (x) => api.routes.has(x));
  const route = {
    ApiKeyRequired: input.ApiKeyRequired ?? false,
    AuthorizationScopes: input.AuthorizationScopes,
    AuthorizationType: input.AuthorizationType ?? 'NONE',
    AuthorizerId: input.AuthorizerId,
    ModelSelectionExpression: input.ModelSelectionExpression,
    OperationName: input.OperationName,
    RequestModels: input.RequestModels,
    RequestParameters: input.RequestParameters,
    RouteId: id,
    RouteKey: input.RouteKey,
    RouteResponseSelectionExpression: input.RouteResponseSelectionExpression,
    Target: input.Target,
  };
  api.routes.set(id, route);
  autoDeploy(api);
  return route;
}
