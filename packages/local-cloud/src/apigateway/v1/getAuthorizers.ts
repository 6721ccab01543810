// GetAuthorizers: a REST API's authorizers, paged by position and limit.
import type { Authorizers, GetAuthorizersRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';

export function getAuthorizers(ctx: ApiGatewayContext, input: GetAuthorizersRequest): Authorizers {
  const all = [...ctx.restApi(input.restApiId).authorizers.values()];
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}
