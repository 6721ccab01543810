// UpdateIntegration: the members given replace the integration's.
import type { UpdateIntegrationRequest, UpdateIntegrationResult } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { autoDeploy } from './deployments.js';
import { integrationOf } from './lookups.js';
import { mergeGiven } from './merge.js';

export function updateIntegration(
  ctx: ApiGatewayContext,
  input: UpdateIntegrationRequest,
): UpdateIntegrationResult {
  const api = ctx.httpApi(input.ApiId);
  const integration = integrationOf(api, input.IntegrationId);
  const { ApiId: _api, IntegrationId: _id, ...changes } = input;
  mergeGiven(integration, changes);
  autoDeploy(api);
  return integration;
}
