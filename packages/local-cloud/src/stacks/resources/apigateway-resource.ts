// AWS::ApiGateway::Resource: CreateResource; Ref is the resource id. Every property replaces it.
import { CreateResourceCommand, DeleteResourceCommand } from '@aws-sdk/client-api-gateway';
import { apiGatewayClient, gone } from '../clients.js';
import type { ResourceHandler } from '../types.js';

export const apiGatewayResource: ResourceHandler = {
  required: ['ParentId', 'PathPart', 'RestApiId'],
  replaceOn: ['ParentId', 'PathPart', 'RestApiId'],
  async create(ctx, props) {
    const r = await apiGatewayClient(ctx).send(
      new CreateResourceCommand({
        restApiId: String(props.RestApiId),
        parentId: String(props.ParentId),
        pathPart: String(props.PathPart),
      }),
    );
    return { physicalId: r.id as string, ref: r.id, attributes: { ResourceId: r.id } };
  },
  async delete(ctx, current) {
    await gone(() =>
      apiGatewayClient(ctx).send(
        new DeleteResourceCommand({
          restApiId: String(current.properties.RestApiId),
          resourceId: current.physicalId,
        }),
      ),
    );
  },
};
