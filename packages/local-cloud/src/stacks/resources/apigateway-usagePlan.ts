// AWS::ApiGateway::UsagePlan: CreateUsagePlan (quotas and throttles are kept, not enforced); Ref is
// the plan id. Any change replaces it.
import {
  CreateUsagePlanCommand,
  DeleteUsagePlanCommand,
  type QuotaPeriodType,
} from '@aws-sdk/client-api-gateway';
import { apiGatewayClient, gone, num, str, tagMap } from '../clients.js';
import type { ResourceHandler } from '../types.js';

type Props = Record<string, unknown>;

const throttle = (t: Props | undefined) =>
  t && { burstLimit: num(t.BurstLimit), rateLimit: num(t.RateLimit) };

export const apiGatewayUsagePlan: ResourceHandler = {
  async create(ctx, props) {
    const quota = props.Quota as Props | undefined;
    const plan = await apiGatewayClient(ctx).send(
      new CreateUsagePlanCommand({
        name: str(props.UsagePlanName) ?? ctx.physicalName({ maxLength: 1024 }),
        description: str(props.Description),
        apiStages: ((props.ApiStages as Props[] | undefined) ?? []).map((s) => ({
          apiId: str(s.ApiId),
          stage: str(s.Stage),
        })),
        quota: quota && {
          limit: num(quota.Limit),
          offset: num(quota.Offset),
          period: str(quota.Period) as QuotaPeriodType | undefined,
        },
        throttle: throttle(props.Throttle as Props | undefined),
        tags: tagMap(props.Tags),
      }),
    );
    return { physicalId: plan.id as string, ref: plan.id, attributes: { Id: plan.id } };
  },
  async delete(ctx, current) {
    await gone(() =>
      apiGatewayClient(ctx).send(new DeleteUsagePlanCommand({ usagePlanId: current.physicalId })),
    );
  },
};
