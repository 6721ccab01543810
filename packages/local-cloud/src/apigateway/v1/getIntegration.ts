// GetIntegration: a method's integration with its integration responses.
import type { GetIntegrationRequest, Integration } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { integrationOf, methodOf } from './lookups.js';

export function getIntegration(ctx: ApiGatewayContext, input: GetIntegrationRequest): Integration {
  return integrationOf(methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod));
}
