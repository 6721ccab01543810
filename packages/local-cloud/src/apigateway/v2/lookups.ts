// Lookups inside an HTTP or WebSocket API, with API Gateway's NotFoundException words.
import type { Authorizer, Integration, Route, Stage } from '@aws-sdk/client-apigatewayv2';
import { v2NotFound } from '../errors.js';
import type { HttpApiRecord } from '../store.js';

function found<T>(map: Map<string, T>, id: string | undefined, what: string): T {
  const item = id === undefined ? undefined : map.get(id);
  if (!item) throw v2NotFound(what, String(id));
  return item;
}

export const routeOf = (api: HttpApiRecord, id: string | undefined): Route & { RouteId: string } =>
  found(api.routes, id, 'Route');

export const integrationOf = (
  api: HttpApiRecord,
  id: string | undefined,
): Integration & { IntegrationId: string } => found(api.integrations, id, 'Integration');

export const stageOf = (api: HttpApiRecord, name: string | undefined): Stage & { StageName: string } =>
  found(api.stages, name, 'Stage');

export const authorizerOf = (
  api: HttpApiRecord,
  id: string | undefined,
): Authorizer & { AuthorizerId: string } => found(api.authorizers, id, 'Authorizer');
