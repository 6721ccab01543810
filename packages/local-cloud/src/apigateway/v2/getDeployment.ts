// GetDeployment: one deployment of an HTTP or WebSocket API.
import type { GetDeploymentRequest, GetDeploymentResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { v2NotFound } from '../errors.js';

export function getDeployment(ctx: ApiGatewayContext, input: GetDeploymentRequest): GetDeploymentResponse {
  const d = ctx.httpApi(input.ApiId).deployments.get(String(input.DeploymentId));
  if (!d) throw v2NotFound('Deployment', String(input.DeploymentId));
  return d;
}
