// AWS::ApiGateway::Method: PutMethod, its method responses, PutIntegration and the integration's
// responses. An update puts the method again (delete, then the same calls), as the API has no replace.
import {
  DeleteMethodCommand,
  type IntegrationType,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from '@aws-sdk/client-api-gateway';
import { apiGatewayClient, bool, gone, num, str } from '../clients.js';
import type { HandlerContext, Provisioned, ResourceHandler } from '../types.js';
import { boolMap, list, stringMap } from './apigateway-props.js';

type Props = Record<string, unknown>;

async function put(ctx: HandlerContext, p: Props): Promise<Provisioned> {
  const ag = apiGatewayClient(ctx);
  const at = {
    restApiId: String(p.RestApiId),
    resourceId: String(p.ResourceId),
    httpMethod: String(p.HttpMethod).toUpperCase(),
  };
  await ag.send(
    new PutMethodCommand({
      ...at,
      authorizationType: str(p.AuthorizationType) ?? 'NONE',
      authorizerId: str(p.AuthorizerId),
      apiKeyRequired: bool(p.ApiKeyRequired),
      requestValidatorId: str(p.RequestValidatorId),
      operationName: str(p.OperationName),
      requestParameters: boolMap(p.RequestParameters),
      requestModels: stringMap(p.RequestModels),
      authorizationScopes: list(p.AuthorizationScopes),
    }),
  );
  for (const r of (p.MethodResponses as Props[] | undefined) ?? []) {
    await ag.send(
      new PutMethodResponseCommand({
        ...at,
        statusCode: String(r.StatusCode),
        responseParameters: boolMap(r.ResponseParameters),
        responseModels: stringMap(r.ResponseModels),
      }),
    );
  }
  const i = p.Integration as Props | undefined;
  if (i) {
    await ag.send(
      new PutIntegrationCommand({
        ...at,
        type: str(i.Type) as IntegrationType,
        integrationHttpMethod: str(i.IntegrationHttpMethod),
        uri: str(i.Uri),
        connectionType: str(i.ConnectionType) as 'INTERNET' | undefined,
        connectionId: str(i.ConnectionId),
        credentials: str(i.Credentials),
        requestParameters: stringMap(i.RequestParameters),
        requestTemplates: stringMap(i.RequestTemplates),
        passthroughBehavior: str(i.PassthroughBehavior),
        contentHandling: str(i.ContentHandling) as 'CONVERT_TO_TEXT' | undefined,
        timeoutInMillis: num(i.TimeoutInMillis),
        cacheNamespace: str(i.CacheNamespace),
        cacheKeyParameters: list(i.CacheKeyParameters),
      }),
    );
    for (const r of (i.IntegrationResponses as Props[] | undefined) ?? []) {
      await ag.send(
        new PutIntegrationResponseCommand({
          ...at,
          statusCode: String(r.StatusCode),
          selectionPattern: str(r.SelectionPattern),
          responseParameters: stringMap(r.ResponseParameters),
          responseTemplates: stringMap(r.ResponseTemplates),
          contentHandling: str(r.ContentHandling) as 'CONVERT_TO_TEXT' | undefined,
        }),
      );
    }
  }
  // The method's identifier is its API, resource and verb (CloudFormation's primary identifier).
  const id = `${at.restApiId}|${at.resourceId}|${at.httpMethod}`;
  return { physicalId: id, ref: id };
}

async function remove(ctx: HandlerContext, p: Props): Promise<void> {
  await gone(() =>
    apiGatewayClient(ctx).send(
      new DeleteMethodCommand({
        restApiId: String(p.RestApiId),
        resourceId: String(p.ResourceId),
        httpMethod: String(p.HttpMethod).toUpperCase(),
      }),
    ),
  );
}

export const apiGatewayMethod: ResourceHandler = {
  required: ['HttpMethod', 'ResourceId', 'RestApiId'],
  replaceOn: ['HttpMethod', 'ResourceId', 'RestApiId'],
  create: put,
  async update(ctx, current, props) {
    await remove(ctx, current.properties);
    return put(ctx, props);
  },
  async delete(ctx, current) {
    await remove(ctx, current.properties);
  },
};
