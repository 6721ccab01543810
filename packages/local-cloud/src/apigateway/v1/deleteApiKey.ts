// DeleteApiKey: an API key, also from the usage plans that hold it.
import type { DeleteApiKeyRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { apiKeyOf } from './apiKeyOf.js';

export function deleteApiKey(ctx: ApiGatewayContext, input: DeleteApiKeyRequest): Record<string, never> {
  const key = apiKeyOf(ctx, input.apiKey);
  ctx.store.apiKeys.delete(ctx.region, key.id);
  for (const plan of ctx.store.usagePlans.list(ctx.region)) plan.keys.delete(key.id);
  return {};
}
