// CreateDeployment: a deployment of an HTTP or WebSocket API; with StageName, that stage serves it.
import type { CreateDeploymentRequest, CreateDeploymentResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { newDeployment } from './deployments.js';
import { stageOf } from './lookups.js';

export function createDeployment(
  ctx: ApiGatewayContext,
  input: CreateDeploymentRequest,
): CreateDeploymentResponse {
  const api = ctx.httpApi(input.ApiId);
  const stage = input.StageName ? stageOf(api, input.StageName) : undefined;
  const d = newDeployment(api, input.Description, false);
  if (stage) {
    stage.DeploymentId = d.DeploymentId;
    stage.LastUpdatedDate = new Date();
  }
  return d;
}
