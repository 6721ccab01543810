// CreateApi: an HTTP or WebSocket API; with Target (quick create), also its integration, route and an
// auto-deployed `$default` stage.
import type { CreateApiRequest, CreateApiResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { badRequest, missing } from '../errors.js';
import { API_ID_LENGTH, newId } from '../ids.js';
import type { HttpApiRecord } from '../store.js';
import { createIntegration } from './createIntegration.js';
import { createRoute } from './createRoute.js';
import { createStage } from './createStage.js';

export function createApi(ctx: ApiGatewayContext, input: CreateApiRequest): CreateApiResponse {
  if (!input.Name) throw missing('Name');
  if (input.ProtocolType !== 'HTTP' && input.ProtocolType !== 'WEBSOCKET')
    throw badRequest('Invalid protocol type specified. Valid options are HTTP,WEBSOCKET');
  const http = input.ProtocolType === 'HTTP';
  if (!http && !input.RouteSelectionExpression) throw missing('RouteSelectionExpression');
  if (!http && input.Target) throw badRequest('Target is only supported for HTTP APIs');
  const id = newId(API_ID_LENGTH, (x) => ctx.store.apiIdTaken(ctx.region, x));
  const record: HttpApiRecord = {
    region: ctx.region,
    api: {
      ApiEndpoint: `${http ? 'https' : 'wss'}://${ctx.executeApiHost(id)}`,
      ApiId: id,
      ApiKeySelectionExpression: input.ApiKeySelectionExpression ?? '$request.header.x-api-key',
      CorsConfiguration: input.CorsConfiguration,
      CreatedDate: new Date(),
      Description: input.Description,
      DisableSchemaValidation: input.DisableSchemaValidation,
      DisableExecuteApiEndpoint: input.DisableExecuteApiEndpoint ?? false,
      IpAddressType: input.IpAddressType ?? 'ipv4',
      Name: input.Name,
      ProtocolType: input.ProtocolType,
      RouteSelectionExpression: input.RouteSelectionExpression ?? '$request.method $request.path',
      Tags: input.Tags ?? {},
      Version: input.Version,
    },
    routes: new Map(),
    integrations: new Map(),
    stages: new Map(),
    deployments: new Map(),
    authorizers: new Map(),
  };
  ctx.store.httpApis.set(ctx.region, id, record);
  if (input.Target) {
    const lambda = input.Target.startsWith('arn:');
    const integration = createIntegration(ctx, {
      ApiId: id,
      IntegrationType: lambda ? 'AWS_PROXY' : 'HTTP_PROXY',
      IntegrationUri: input.Target,
      IntegrationMethod: lambda ? undefined : 'ANY',
      PayloadFormatVersion: lambda ? '2.0' : '1.0',
      CredentialsArn: input.CredentialsArn,
    });
    createRoute(ctx, {
      ApiId: id,
      RouteKey: input.RouteKey ?? '$default',
      Target: `integrations/${integration.IntegrationId}`,
    });
    createStage(ctx, { ApiId: id, StageName: '$default', AutoDeploy: true });
  }
  return record.api;
}
