// An API key by id, or API Gateway's NotFoundException.
import type { ApiKey } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { invalidIdentifier } from '../errors.js';

export function apiKeyOf(ctx: ApiGatewayContext, id: string | undefined): ApiKey & { id: string } {
  const found = id ? ctx.store.apiKeys.get(ctx.region, id) : undefined;
  if (!found) throw invalidIdentifier('API Key', ctx.accountId, String(id));
  return found.key;
}

/** The key as the Get operations answer it: its value only when asked for. */
export function keyView(key: ApiKey, includeValue: boolean | undefined): ApiKey {
  if (includeValue) return key;
  const { value: _value, ...rest } = key;
  return rest;
}
