// CreateIntegration: what a route calls (a Lambda proxy, an HTTP endpoint, an AWS service).
import type { CreateIntegrationRequest, CreateIntegrationResult } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { badRequest, missing } from '../errors.js';
import { newId, ROUTE_ID_LENGTH } from '../ids.js';
import { autoDeploy } from './deployments.js';

const TYPES = ['AWS', 'HTTP', 'MOCK', 'HTTP_PROXY', 'AWS_PROXY'];

export function createIntegration(
  ctx: ApiGatewayContext,
  input: CreateIntegrationRequest,
): CreateIntegrationResult {
  const api = ctx.httpApi(input.ApiId);
  if (!input.IntegrationType) throw missing('IntegrationType');
  if (!TYPES.includes(input.IntegrationType))
    throw badRequest(`Invalid integration type specified. Valid options are ${TYPES.join(',')}`);
  const http = api.api.ProtocolType === 'HTTP';
  const id = newId(ROUTE_ID_LENGTH, (x) => api.integrations.has(x));
  const integration = {
    ConnectionId: input.ConnectionId,
    ConnectionType: input.ConnectionType ?? 'INTERNET',
    ContentHandlingStrategy: input.ContentHandlingStrategy,
    CredentialsArn: input.CredentialsArn,
    Description: input.Description,
    IntegrationId: id,
    IntegrationMethod:
      input.IntegrationMethod ?? (input.IntegrationType === 'AWS_PROXY' ? 'POST' : undefined),
    // biome-ignore lint/suspicious/noTemplateCurlyInString: API Gateway's own selection expression syntax.
    IntegrationResponseSelectionExpression: http ? undefined : '${integration.response.statuscode}',
    IntegrationSubtype: input.IntegrationSubtype,
    IntegrationType: input.IntegrationType,
    IntegrationUri: input.IntegrationUri,
    PassthroughBehavior: input.PassthroughBehavior,
    PayloadFormatVersion: input.PayloadFormatVersion ?? '1.0',
    RequestParameters: input.RequestParameters,
    RequestTemplates: input.RequestTemplates,
    ResponseParameters: input.ResponseParameters,
    TemplateSelectionExpression: input.TemplateSelectionExpression,
    // HTTP APIs wait up to 30 s, WebSocket APIs up to 29 s.
    TimeoutInMillis: input.TimeoutInMillis ?? (http ? 30_000 : 29_000),
    TlsConfig: input.TlsConfig,
  };
  api.integrations.set(id, integration);
  autoDeploy(api);
  return integration;
}
