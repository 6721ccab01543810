// GetRestApis: the region's REST APIs, oldest first, paged by position and limit.
import type { GetRestApisRequest, RestApis } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';

export function getRestApis(ctx: ApiGatewayContext, input: GetRestApisRequest): RestApis {
  const all = ctx.store.restApis.list(ctx.region).map((r) => r.api);
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}
