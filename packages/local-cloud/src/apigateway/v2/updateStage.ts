// UpdateStage: the members given replace the stage's (turning AutoDeploy on deploys it at once).
import type { UpdateStageRequest, UpdateStageResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { badRequest } from '../errors.js';
import { autoDeploy } from './deployments.js';
import { stageOf } from './lookups.js';
import { mergeGiven } from './merge.js';

export function updateStage(ctx: ApiGatewayContext, input: UpdateStageRequest): UpdateStageResponse {
  const api = ctx.httpApi(input.ApiId);
  const stage = stageOf(api, input.StageName);
  if (input.DeploymentId && !api.deployments.has(input.DeploymentId))
    throw badRequest(`Invalid deployment identifier specified: ${input.DeploymentId}`);
  const { ApiId: _api, StageName: _name, ...changes } = input;
  mergeGiven(stage, changes);
  stage.LastUpdatedDate = new Date();
  if (input.AutoDeploy) autoDeploy(api, stage.StageName);
  return stage;
}
