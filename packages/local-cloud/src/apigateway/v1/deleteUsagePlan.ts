// DeleteUsagePlan: a usage plan (its keys stay, as API keys of their own).
import type { DeleteUsagePlanRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { usagePlanOf } from './usagePlanOf.js';

export function deleteUsagePlan(
  ctx: ApiGatewayContext,
  input: DeleteUsagePlanRequest,
): Record<string, never> {
  ctx.store.usagePlans.delete(ctx.region, usagePlanOf(ctx, input.usagePlanId).plan.id);
  return {};
}
