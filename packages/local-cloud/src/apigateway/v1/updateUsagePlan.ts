// UpdateUsagePlan: patch operations on a usage plan: its name and description, its API stages
// (`/apiStages` with `<apiId>:<stage>`, as `serverless remove` takes a plan off its stage), throttle and
// quota.
import type { QuotaPeriodType, UpdateUsagePlanRequest, UsagePlan } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest } from '../errors.js';
import { applyPatches, type PatchRule, scalar } from '../patch.js';
import { usagePlanOf } from './usagePlanOf.js';

const RULES: PatchRule<UsagePlan>[] = [
  scalar('name'),
  scalar('description'),
  scalar('productCode'),
  {
    path: /^\/apiStages$/,
    apply(plan, op, value, _m) {
      // `remove` carries its value too: which stage to take off.
      const [apiId, stage] = String(value ?? '').split(':');
      if (!apiId || !stage) throw badRequest(`Invalid API stage specified: ${String(value)}`);
      const others = (plan.apiStages ?? []).filter((s) => !(s.apiId === apiId && s.stage === stage));
      plan.apiStages = op === 'remove' ? others : [...others, { apiId, stage }];
    },
  },
  {
    path: /^\/throttle\/(burstLimit|rateLimit)$/,
    apply(plan, _op, value, m) {
      plan.throttle = { ...plan.throttle, [m[1]]: value === undefined ? undefined : Number(value) };
    },
  },
  {
    path: /^\/quota\/(limit|offset|period)$/,
    apply(plan, _op, value, m) {
      const v =
        m[1] === 'period'
          ? (value as QuotaPeriodType | undefined)
          : value === undefined
            ? undefined
            : Number(value);
      plan.quota = { ...plan.quota, [m[1]]: v };
    },
  },
];

export function updateUsagePlan(ctx: ApiGatewayContext, input: UpdateUsagePlanRequest): UsagePlan {
  const plan = usagePlanOf(ctx, input.usagePlanId).plan;
  applyPatches(plan, input.patchOperations, RULES, true);
  return plan;
}
