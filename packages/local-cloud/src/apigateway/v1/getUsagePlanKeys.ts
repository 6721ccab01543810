// GetUsagePlanKeys: the keys of a usage plan, by name prefix, paged.
import type { GetUsagePlanKeysRequest, UsagePlanKeys } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';
import { usagePlanOf } from './usagePlanOf.js';

export function getUsagePlanKeys(ctx: ApiGatewayContext, input: GetUsagePlanKeysRequest): UsagePlanKeys {
  const all = [...usagePlanOf(ctx, input.usagePlanId).keys.values()].filter(
    (k) => !input.nameQuery || k.name?.startsWith(input.nameQuery),
  );
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}
