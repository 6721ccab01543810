// The checks CreateRoute and UpdateRoute share: an HTTP API's route keys are `$default` or
// `METHOD /path`, a target names one of the API's integrations, an authorizer one of its authorizers.
import type { UpdateRouteRequest } from '@aws-sdk/client-apigatewayv2';
import { badRequest } from '../errors.js';
import type { HttpApiRecord } from '../store.js';

const HTTP_ROUTE_KEY = /^(\$default|(ANY|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \/\S*)$/;

export function checkRoute(api: HttpApiRecord, r: Omit<UpdateRouteRequest, 'RouteId'>): void {
  if (r.RouteKey !== undefined && api.api.ProtocolType === 'HTTP' && !HTTP_ROUTE_KEY.test(r.RouteKey))
    throw badRequest(`Unable to parse route key: ${r.RouteKey}`);
  if (r.Target !== undefined) {
    const m = /^integrations\/(\w+)$/.exec(r.Target);
    if (!m || !api.integrations.has(m[1])) throw badRequest(`Invalid target specified: ${r.Target}`);
  }
  if (r.AuthorizerId !== undefined && !api.authorizers.has(r.AuthorizerId))
    throw badRequest(`Invalid authorizer ID specified: ${r.AuthorizerId}`);
}
