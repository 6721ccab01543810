// GetUsagePlan: one usage plan.
import type { GetUsagePlanRequest, UsagePlan } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { usagePlanOf } from './usagePlanOf.js';

export function getUsagePlan(ctx: ApiGatewayContext, input: GetUsagePlanRequest): UsagePlan {
  return usagePlanOf(ctx, input.usagePlanId).plan;
}
