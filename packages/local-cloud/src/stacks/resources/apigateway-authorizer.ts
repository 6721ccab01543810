// AWS::ApiGateway::Authorizer: CreateAuthorizer (a record: nothing authorises requests here); Ref is
// the authorizer id. Any change replaces it.
import {
  type AuthorizerType,
  CreateAuthorizerCommand,
  DeleteAuthorizerCommand,
} from '@aws-sdk/client-api-gateway';
import { apiGatewayClient, gone, num, str } from '../clients.js';
import type { ResourceHandler } from '../types.js';
import { list } from './apigateway-props.js';

export const apiGatewayAuthorizer: ResourceHandler = {
  required: ['RestApiId', 'Type', 'Name'],
  async create(ctx, props) {
    const a = await apiGatewayClient(ctx).send(
      new CreateAuthorizerCommand({
        restApiId: String(props.RestApiId),
        name: String(props.Name),
        type: String(props.Type) as AuthorizerType,
        providerARNs: list(props.ProviderARNs),
        authType: str(props.AuthType),
        authorizerUri: str(props.AuthorizerUri),
        authorizerCredentials: str(props.AuthorizerCredentials),
        identitySource: str(props.IdentitySource),
        identityValidationExpression: str(props.IdentityValidationExpression),
        authorizerResultTtlInSeconds: num(props.AuthorizerResultTtlInSeconds),
      }),
    );
    return { physicalId: a.id as string, ref: a.id, attributes: { AuthorizerId: a.id } };
  },
  async delete(ctx, current) {
    await gone(() =>
      apiGatewayClient(ctx).send(
        new DeleteAuthorizerCommand({
          restApiId: String(current.properties.RestApiId),
          authorizerId: current.physicalId,
        }),
      ),
    );
  },
};
