// DeleteIntegration: an integration of an HTTP or WebSocket API (routes targeting it keep their Target).
import type { DeleteIntegrationRequest } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { autoDeploy } from './deployments.js';
import { integrationOf } from './lookups.js';

export function deleteIntegration(
  ctx: ApiGatewayContext,
  input: DeleteIntegrationRequest,
): Record<string, never> {
  const api = ctx.httpApi(input.ApiId);
  api.integrations.delete(integrationOf(api, input.IntegrationId).IntegrationId);
  autoDeploy(api);
  return {};
}
