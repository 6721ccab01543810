// AWS::ApiGatewayV2::Route: CreateRoute / UpdateRoute; Ref is the route id.
import {
  type AuthorizationType,
  CreateRouteCommand,
  type CreateRouteRequest,
  DeleteRouteCommand,
  UpdateRouteCommand,
} from '@aws-sdk/client-apigatewayv2';
import { apiGatewayV2Client, bool, gone, str } from '../clients.js';
import type { ResourceHandler } from '../types.js';
import { list, stringMap } from './apigateway-props.js';

type Props = Record<string, unknown>;

function route(p: Props): CreateRouteRequest {
  return {
    ApiId: String(p.ApiId),
    RouteKey: String(p.RouteKey),
    Target: str(p.Target),
    AuthorizationType: str(p.AuthorizationType) as AuthorizationType | undefined,
    AuthorizerId: str(p.AuthorizerId),
    AuthorizationScopes: list(p.AuthorizationScopes),
    ApiKeyRequired: bool(p.ApiKeyRequired),
    OperationName: str(p.OperationName),
    RequestModels: stringMap(p.RequestModels),
    ModelSelectionExpression: str(p.ModelSelectionExpression),
    RouteResponseSelectionExpression: str(p.RouteResponseSelectionExpression),
  };
}

const provisioned = (id: string) => ({ physicalId: id, ref: id, attributes: { RouteId: id } });

export const apiGatewayV2Route: ResourceHandler = {
  required: ['ApiId', 'RouteKey'],
  replaceOn: ['ApiId'],
  async create(ctx, props) {
    const r = await apiGatewayV2Client(ctx).send(new CreateRouteCommand(route(props)));
    return provisioned(r.RouteId as string);
  },
  async update(ctx, current, props) {
    await apiGatewayV2Client(ctx).send(
      new UpdateRouteCommand({ ...route(props), RouteId: current.physicalId }),
    );
    return provisioned(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() =>
      apiGatewayV2Client(ctx).send(
        new DeleteRouteCommand({ ApiId: String(current.properties.ApiId), RouteId: current.physicalId }),
      ),
    );
  },
};
