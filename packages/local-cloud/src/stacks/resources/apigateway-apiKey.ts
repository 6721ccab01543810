// AWS::ApiGateway::ApiKey: CreateApiKey (keys are not checked on requests here); Ref is the key id.
// Any change replaces it.
import { CreateApiKeyCommand, DeleteApiKeyCommand } from '@aws-sdk/client-api-gateway';
import { apiGatewayClient, bool, gone, str, tagMap } from '../clients.js';
import type { ResourceHandler } from '../types.js';

type Props = Record<string, unknown>;

export const apiGatewayApiKey: ResourceHandler = {
  async create(ctx, props) {
    const k = await apiGatewayClient(ctx).send(
      new CreateApiKeyCommand({
        name: str(props.Name) ?? ctx.physicalName({ maxLength: 1024 }),
        description: str(props.Description),
        enabled: bool(props.Enabled),
        generateDistinctId: bool(props.GenerateDistinctId),
        value: str(props.Value),
        customerId: str(props.CustomerId),
        stageKeys: ((props.StageKeys as Props[] | undefined) ?? []).map((s) => ({
          restApiId: str(s.RestApiId),
          stageName: str(s.StageName),
        })),
        tags: tagMap(props.Tags),
      }),
    );
    return { physicalId: k.id as string, ref: k.id, attributes: { APIKeyId: k.id } };
  },
  async delete(ctx, current) {
    await gone(() => apiGatewayClient(ctx).send(new DeleteApiKeyCommand({ apiKey: current.physicalId })));
  },
};
