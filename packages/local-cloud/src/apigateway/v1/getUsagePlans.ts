// GetUsagePlans: the region's usage plans (those holding one key, when asked), paged.
import type { GetUsagePlansRequest, UsagePlans } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';

export function getUsagePlans(ctx: ApiGatewayContext, input: GetUsagePlansRequest): UsagePlans {
  const all = ctx.store.usagePlans
    .list(ctx.region)
    .filter((p) => !input.keyId || p.keys.has(input.keyId))
    .map((p) => p.plan);
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}
