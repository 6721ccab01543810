// UpdateDeployment: a deployment's description.
import type { UpdateDeploymentRequest, UpdateDeploymentResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { v2NotFound } from '../errors.js';

export function updateDeployment(
  ctx: ApiGatewayContext,
  input: UpdateDeploymentRequest,
): UpdateDeploymentResponse {
  const d = ctx.httpApi(input.ApiId).deployments.get(String(input.DeploymentId));
  if (!d) throw v2NotFound('Deployment', String(input.DeploymentId));
  if (input.Description !== undefined) d.Description = input.Description;
  return d;
}
