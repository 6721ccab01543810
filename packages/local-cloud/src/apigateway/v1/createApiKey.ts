// CreateApiKey: an API key of the account (in the region), with a generated 40-character value unless
// given; disabled unless asked, as API Gateway makes them.
import type { ApiKey, CreateApiKeyRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest } from '../errors.js';
import { API_ID_LENGTH, newId } from '../ids.js';

export function createApiKey(ctx: ApiGatewayContext, input: CreateApiKeyRequest): ApiKey {
  if (input.value !== undefined && input.value.length < 20)
    throw badRequest('API Key value should be at least 20 characters');
  const stageKeys = (input.stageKeys ?? []).map((k) => {
    const api = ctx.restApi(k.restApiId);
    if (!k.stageName || !api.stages.has(k.stageName)) throw badRequest('Invalid stage identifier specified');
    return `${api.api.id}/${k.stageName}`;
  });
  const id = newId(API_ID_LENGTH, (x) => ctx.store.apiKeys.has(ctx.region, x));
  const now = new Date();
  const key: ApiKey & { id: string } = {
    id,
    value: input.value ?? newId(40),
    name: input.name ?? id,
    customerId: input.customerId,
    description: input.description,
    enabled: input.enabled ?? false,
    createdDate: now,
    lastUpdatedDate: now,
    stageKeys,
    tags: input.tags,
  };
  ctx.store.apiKeys.set(ctx.region, id, { region: ctx.region, key });
  return key;
}
