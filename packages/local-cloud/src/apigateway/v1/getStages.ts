// GetStages: a REST API's stages, all of them or those serving one deployment.
import type { GetStagesRequest, Stages } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';

export function getStages(ctx: ApiGatewayContext, input: GetStagesRequest): Stages {
  const stages = [...ctx.restApi(input.restApiId).stages.values()];
  return { item: stages.filter((s) => !input.deploymentId || s.deploymentId === input.deploymentId) };
}
