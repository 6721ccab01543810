// GetResources: a REST API's resources in creation order, root first, paged by position and limit.
import type { GetResourcesRequest, Resources } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';
import { resourceView } from './views.js';

export function getResources(ctx: ApiGatewayContext, input: GetResourcesRequest): Resources {
  const api = ctx.restApi(input.restApiId);
  const embed = input.embed?.includes('methods') === true;
  const all = [...api.resources.values()].map((r) => resourceView(r, embed));
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}
