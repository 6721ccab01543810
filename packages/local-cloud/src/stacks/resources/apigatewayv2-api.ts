// AWS::ApiGatewayV2::Api: CreateApi (quick create with Target included); Ref is the API id, GetAtt
// ApiEndpoint its URL. An OpenAPI Body is not imported (the API is created empty, with a warning).
import {
  CreateApiCommand,
  type CreateApiRequest,
  DeleteApiCommand,
  type ProtocolType,
  UpdateApiCommand,
} from '@aws-sdk/client-apigatewayv2';
import { apiGatewayV2Client, bool, gone, num, str } from '../clients.js';
import type { Provisioned, ResourceHandler } from '../types.js';
import { list, stringMap } from './apigateway-props.js';

type Props = Record<string, unknown>;

function settings(p: Props): Omit<CreateApiRequest, 'Name' | 'ProtocolType'> {
  const cors = p.CorsConfiguration as Props | undefined;
  return {
    Description: str(p.Description),
    RouteSelectionExpression: str(p.RouteSelectionExpression),
    ApiKeySelectionExpression: str(p.ApiKeySelectionExpression),
    DisableExecuteApiEndpoint: bool(p.DisableExecuteApiEndpoint),
    DisableSchemaValidation: bool(p.DisableSchemaValidation),
    Version: str(p.Version),
    CorsConfiguration: cors && {
      AllowCredentials: bool(cors.AllowCredentials),
      AllowHeaders: list(cors.AllowHeaders),
      AllowMethods: list(cors.AllowMethods),
      AllowOrigins: list(cors.AllowOrigins),
      ExposeHeaders: list(cors.ExposeHeaders),
      MaxAge: num(cors.MaxAge),
    },
  };
}

const provisioned = (id: string, endpoint: string): Provisioned => ({
  physicalId: id,
  ref: id,
  attributes: { ApiId: id, ApiEndpoint: endpoint },
});

export const apiGatewayV2Api: ResourceHandler = {
  replaceOn: ['ProtocolType'],
  async create(ctx, props) {
    if (props.Body !== undefined || props.BodyS3Location !== undefined)
      ctx.warn(
        'the OpenAPI Body of an ApiGatewayV2 Api is not imported by this local cloud; the API is created empty',
      );
    const api = await apiGatewayV2Client(ctx).send(
      new CreateApiCommand({
        ...settings(props),
        Name: str(props.Name) ?? ctx.physicalName({ maxLength: 128 }),
        ProtocolType: (str(props.ProtocolType) ?? 'HTTP') as ProtocolType,
        Target: str(props.Target),
        RouteKey: str(props.RouteKey),
        CredentialsArn: str(props.CredentialsArn),
        Tags: stringMap(props.Tags),
      }),
    );
    return provisioned(api.ApiId as string, api.ApiEndpoint as string);
  },
  async update(ctx, current, props) {
    const api = await apiGatewayV2Client(ctx).send(
      new UpdateApiCommand({ ...settings(props), ApiId: current.physicalId, Name: str(props.Name) }),
    );
    return provisioned(current.physicalId, api.ApiEndpoint as string);
  },
  async delete(ctx, current) {
    await gone(() => apiGatewayV2Client(ctx).send(new DeleteApiCommand({ ApiId: current.physicalId })));
  },
};
