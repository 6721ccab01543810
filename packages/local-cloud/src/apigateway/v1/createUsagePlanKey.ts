// CreateUsagePlanKey: an API key added to a usage plan.
import type { CreateUsagePlanKeyRequest, UsagePlanKey } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest, conflict } from '../errors.js';
import { apiKeyOf } from './apiKeyOf.js';
import { usagePlanOf } from './usagePlanOf.js';

export function createUsagePlanKey(ctx: ApiGatewayContext, input: CreateUsagePlanKeyRequest): UsagePlanKey {
  const plan = usagePlanOf(ctx, input.usagePlanId);
  if (input.keyType !== 'API_KEY') throw badRequest('Invalid key type specified. Valid options are API_KEY');
  const key = apiKeyOf(ctx, input.keyId);
  if (plan.keys.has(key.id))
    throw conflict(`Usage Plan ${plan.plan.id} cannot be added because API Key ${key.id} already exists`);
  const planKey = { id: key.id, type: 'API_KEY', value: key.value, name: key.name };
  plan.keys.set(key.id, planKey);
  return planKey;
}
