// Lookups of a method and its integration inside a REST API, with API Gateway's NotFoundException words.
import type { Integration, Method } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { invalidIdentifier, notFound } from '../errors.js';

export function methodOf(
  ctx: ApiGatewayContext,
  restApiId: string | undefined,
  resourceId: string | undefined,
  httpMethod: string | undefined,
): Method {
  const api = ctx.restApi(restApiId);
  const resource = ctx.resource(api, resourceId);
  const method = resource.methods.get(String(httpMethod).toUpperCase());
  if (!method) throw invalidIdentifier('Method', ctx.accountId, String(httpMethod));
  return method;
}

export function integrationOf(method: Method): Integration {
  if (!method.methodIntegration) throw notFound('No integration defined for method');
  return method.methodIntegration;
}
