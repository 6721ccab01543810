// AWS::ApiGateway::RequestValidator: CreateRequestValidator (a record: requests are not validated
// here); Ref is the validator id. Any change replaces it.
import { CreateRequestValidatorCommand, DeleteRequestValidatorCommand } from '@aws-sdk/client-api-gateway';
import { apiGatewayClient, bool, gone, str } from '../clients.js';
import type { ResourceHandler } from '../types.js';

export const apiGatewayRequestValidator: ResourceHandler = {
  required: ['RestApiId'],
  async create(ctx, props) {
    const v = await apiGatewayClient(ctx).send(
      new CreateRequestValidatorCommand({
        restApiId: String(props.RestApiId),
        name: str(props.Name),
        validateRequestBody: bool(props.ValidateRequestBody),
        validateRequestParameters: bool(props.ValidateRequestParameters),
      }),
    );
    return { physicalId: v.id as string, ref: v.id, attributes: { RequestValidatorId: v.id } };
  },
  async delete(ctx, current) {
    await gone(() =>
      apiGatewayClient(ctx).send(
        new DeleteRequestValidatorCommand({
          restApiId: String(current.properties.RestApiId),
          requestValidatorId: current.physicalId,
        }),
      ),
    );
  },
};
