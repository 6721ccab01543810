// CreateUsagePlan: throttling and quota for API stages, kept as a record (nothing is enforced).
import type { CreateUsagePlanRequest, UsagePlan } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { missing } from '../errors.js';
import { newId, SHORT_ID_LENGTH } from '../ids.js';

export function createUsagePlan(ctx: ApiGatewayContext, input: CreateUsagePlanRequest): UsagePlan {
  if (!input.name) throw missing('name');
  for (const s of input.apiStages ?? []) ctx.restApi(s.apiId);
  const id = newId(SHORT_ID_LENGTH, (x) => ctx.store.usagePlans.has(ctx.region, x));
  const plan = {
    id,
    name: input.name,
    description: input.description,
    apiStages: input.apiStages ?? [],
    throttle: input.throttle,
    quota: input.quota,
    tags: input.tags,
  };
  ctx.store.usagePlans.set(ctx.region, id, { region: ctx.region, plan, keys: new Map() });
  return plan;
}
