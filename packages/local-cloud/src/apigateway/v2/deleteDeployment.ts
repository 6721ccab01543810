// DeleteDeployment: a deployment of an HTTP or WebSocket API.
import type { DeleteDeploymentRequest } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { v2NotFound } from '../errors.js';

export function deleteDeployment(
  ctx: ApiGatewayContext,
  input: DeleteDeploymentRequest,
): Record<string, never> {
  if (!ctx.httpApi(input.ApiId).deployments.delete(String(input.DeploymentId)))
    throw v2NotFound('Deployment', String(input.DeploymentId));
  return {};
}
