// AWS::ApiGateway::UsagePlanKey: CreateUsagePlanKey; Ref is the key's id in the plan. Any change
// replaces it.
import { CreateUsagePlanKeyCommand, DeleteUsagePlanKeyCommand } from '@aws-sdk/client-api-gateway';
import { apiGatewayClient, gone } from '../clients.js';
import type { ResourceHandler } from '../types.js';

export const apiGatewayUsagePlanKey: ResourceHandler = {
  required: ['KeyId', 'KeyType', 'UsagePlanId'],
  async create(ctx, props) {
    const key = await apiGatewayClient(ctx).send(
      new CreateUsagePlanKeyCommand({
        usagePlanId: String(props.UsagePlanId),
        keyId: String(props.KeyId),
        keyType: String(props.KeyType),
      }),
    );
    return { physicalId: key.id as string, ref: key.id, attributes: { Id: key.id } };
  },
  async delete(ctx, current) {
    await gone(() =>
      apiGatewayClient(ctx).send(
        new DeleteUsagePlanKeyCommand({
          usagePlanId: String(current.properties.UsagePlanId),
          keyId: current.physicalId,
        }),
      ),
    );
  },
};
