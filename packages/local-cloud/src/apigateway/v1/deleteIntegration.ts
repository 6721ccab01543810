// DeleteIntegration: a method's integration.
import type { DeleteIntegrationRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { integrationOf, methodOf } from './lookups.js';

export function deleteIntegration(
  ctx: ApiGatewayContext,
  input: DeleteIntegrationRequest,
): Record<string, never> {
  const method = methodOf(ctx, input.restApiId, input.resourceId, input.httpMethod);
  integrationOf(method);
  method.methodIntegration = undefined;
  return {};
}
