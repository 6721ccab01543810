// AWS::ApiGateway::Model: CreateModel (the schema is kept, not applied); Ref is the model name,
// generated when the template gives none. Any change replaces it.
import { CreateModelCommand, DeleteModelCommand } from '@aws-sdk/client-api-gateway';
import { apiGatewayClient, gone, str } from '../clients.js';
import type { ResourceHandler } from '../types.js';
import { jsonString } from './apigateway-props.js';

export const apiGatewayModel: ResourceHandler = {
  nameProperty: 'Name',
  required: ['RestApiId'],
  async create(ctx, props) {
    // Model names are alphanumeric: the generated one loses its hyphens.
    const name = str(props.Name) ?? ctx.physicalName({ maxLength: 128 }).replace(/[^a-zA-Z0-9]/g, '');
    await apiGatewayClient(ctx).send(
      new CreateModelCommand({
        restApiId: String(props.RestApiId),
        name,
        contentType: str(props.ContentType) ?? 'application/json',
        description: str(props.Description),
        schema: jsonString(props.Schema),
      }),
    );
    return { physicalId: name, ref: name };
  },
  async delete(ctx, current) {
    await gone(() =>
      apiGatewayClient(ctx).send(
        new DeleteModelCommand({
          restApiId: String(current.properties.RestApiId),
          modelName: current.physicalId,
        }),
      ),
    );
  },
};
