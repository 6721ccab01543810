// GetApiKeys: the region's API keys, by name prefix and customer, paged by position and limit.
import type { ApiKeys, GetApiKeysRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';
import { keyView } from './apiKeyOf.js';

export function getApiKeys(ctx: ApiGatewayContext, input: GetApiKeysRequest): ApiKeys {
  const all = ctx.store.apiKeys
    .list(ctx.region)
    .map((k) => k.key)
    .filter(
      (k) =>
        (!input.nameQuery || k.name?.startsWith(input.nameQuery)) &&
        (!input.customerId || k.customerId === input.customerId),
    )
    .map((k) => keyView(k, input.includeValues));
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}
