// GetUsagePlanKey: one key of a usage plan.
import type { GetUsagePlanKeyRequest, UsagePlanKey } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { invalidIdentifier } from '../errors.js';
import { usagePlanOf } from './usagePlanOf.js';

export function getUsagePlanKey(ctx: ApiGatewayContext, input: GetUsagePlanKeyRequest): UsagePlanKey {
  const key = usagePlanOf(ctx, input.usagePlanId).keys.get(String(input.keyId));
  if (!key) throw invalidIdentifier('Usage Plan Key', ctx.accountId, String(input.keyId));
  return key;
}
