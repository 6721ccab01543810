// GetApiKey: one API key (its value with includeValue).
import type { ApiKey, GetApiKeyRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { apiKeyOf, keyView } from './apiKeyOf.js';

export function getApiKey(ctx: ApiGatewayContext, input: GetApiKeyRequest): ApiKey {
  return keyView(apiKeyOf(ctx, input.apiKey), input.includeValue);
}
