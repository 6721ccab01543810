// AWS::ApiGatewayV2::Integration: CreateIntegration / UpdateIntegration; Ref is the integration id.
import {
  type ConnectionType,
  CreateIntegrationCommand,
  type CreateIntegrationRequest,
  DeleteIntegrationCommand,
  type IntegrationType,
  UpdateIntegrationCommand,
} from '@aws-sdk/client-apigatewayv2';
import { apiGatewayV2Client, gone, num, str } from '../clients.js';
import type { ResourceHandler } from '../types.js';
import { stringMap } from './apigateway-props.js';

type Props = Record<string, unknown>;

/** CloudFormation's `{status: {ResponseParameters: [{Destination, Source}]}}` as the API's map of maps. */
function responseParameters(v: unknown): Record<string, Record<string, string>> | undefined {
  if (!v || typeof v !== 'object') return undefined;
  return Object.fromEntries(
    Object.entries(v as Record<string, Props>).map(([status, m]) => [
      status,
      Object.fromEntries(
        ((m.ResponseParameters as Props[] | undefined) ?? []).map((r) => [
          String(r.Destination),
          String(r.Source),
        ]),
      ),
    ]),
  );
}

function integration(p: Props): CreateIntegrationRequest {
  const tls = p.TlsConfig as Props | undefined;
  return {
    ApiId: String(p.ApiId),
    IntegrationType: String(p.IntegrationType) as IntegrationType,
    IntegrationUri: str(p.IntegrationUri),
    IntegrationMethod: str(p.IntegrationMethod),
    IntegrationSubtype: str(p.IntegrationSubtype),
    PayloadFormatVersion: str(p.PayloadFormatVersion),
    TimeoutInMillis: num(p.TimeoutInMillis),
    ConnectionType: str(p.ConnectionType) as ConnectionType | undefined,
    ConnectionId: str(p.ConnectionId),
    CredentialsArn: str(p.CredentialsArn),
    Description: str(p.Description),
    PassthroughBehavior: str(p.PassthroughBehavior) as CreateIntegrationRequest['PassthroughBehavior'],
    ContentHandlingStrategy: str(
      p.ContentHandlingStrategy,
    ) as CreateIntegrationRequest['ContentHandlingStrategy'],
    RequestParameters: stringMap(p.RequestParameters),
    RequestTemplates: stringMap(p.RequestTemplates),
    ResponseParameters: responseParameters(p.ResponseParameters),
    TemplateSelectionExpression: str(p.TemplateSelectionExpression),
    TlsConfig: tls && { ServerNameToVerify: str(tls.ServerNameToVerify) },
  };
}

const provisioned = (id: string) => ({ physicalId: id, ref: id, attributes: { IntegrationId: id } });

export const apiGatewayV2Integration: ResourceHandler = {
  required: ['ApiId', 'IntegrationType'],
  replaceOn: ['ApiId'],
  async create(ctx, props) {
    const i = await apiGatewayV2Client(ctx).send(new CreateIntegrationCommand(integration(props)));
    return provisioned(i.IntegrationId as string);
  },
  async update(ctx, current, props) {
    await apiGatewayV2Client(ctx).send(
      new UpdateIntegrationCommand({ ...integration(props), IntegrationId: current.physicalId }),
    );
    return provisioned(current.physicalId);
  },
  async delete(ctx, current) {
    await gone(() =>
      apiGatewayV2Client(ctx).send(
        new DeleteIntegrationCommand({
          ApiId: String(current.properties.ApiId),
          IntegrationId: current.physicalId,
        }),
      ),
    );
  },
};
