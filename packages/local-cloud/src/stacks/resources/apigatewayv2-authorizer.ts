// AWS::ApiGatewayV2::Authorizer: CreateAuthorizer (a record: nothing authorises requests here); Ref is
// the authorizer id. Any change replaces it.
import {
  type AuthorizerType,
  CreateAuthorizerCommand,
  DeleteAuthorizerCommand,
} from '@aws-sdk/client-apigatewayv2';
import { apiGatewayV2Client, bool, gone, num, str } from '../clients.js';
import type { ResourceHandler } from '../types.js';
import { list } from './apigateway-props.js';

type Props = Record<string, unknown>;

export const apiGatewayV2Authorizer: ResourceHandler = {
  required: ['ApiId', 'AuthorizerType', 'Name'],
  async create(ctx, props) {
    const jwt = props.JwtConfiguration as Props | undefined;
    const a = await apiGatewayV2Client(ctx).send(
      new CreateAuthorizerCommand({
        ApiId: String(props.ApiId),
        Name: String(props.Name),
        AuthorizerType: String(props.AuthorizerType) as AuthorizerType,
        IdentitySource: list(props.IdentitySource) ?? [],
        JwtConfiguration: jwt && { Audience: list(jwt.Audience), Issuer: str(jwt.Issuer) },
        AuthorizerUri: str(props.AuthorizerUri),
        AuthorizerCredentialsArn: str(props.AuthorizerCredentialsArn),
        AuthorizerPayloadFormatVersion: str(props.AuthorizerPayloadFormatVersion),
        AuthorizerResultTtlInSeconds: num(props.AuthorizerResultTtlInSeconds),
        EnableSimpleResponses: bool(props.EnableSimpleResponses),
        IdentityValidationExpression: str(props.IdentityValidationExpression),
      }),
    );
    return {
      physicalId: a.AuthorizerId as string,
      ref: a.AuthorizerId,
      attributes: { AuthorizerId: a.AuthorizerId },
    };
  },
  async delete(ctx, current) {
    await gone(() =>
      apiGatewayV2Client(ctx).send(
        new DeleteAuthorizerCommand({
          ApiId: String(current.properties.ApiId),
          AuthorizerId: current.physicalId,
        }),
      ),
    );
  },
};
