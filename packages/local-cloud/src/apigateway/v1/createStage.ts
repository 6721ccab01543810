// CreateStage: a named stage serving one deployment of a REST API.
import type { CreateStageRequest, Stage } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest, conflict, missing } from '../errors.js';
import { newStage } from './stages.js';

export function createStage(ctx: ApiGatewayContext, input: CreateStageRequest): Stage {
  const api = ctx.restApi(input.restApiId);
  if (!input.stageName) throw missing('stageName');
  if (!/^[a-zA-Z0-9_-]+$/.test(input.stageName)) throw badRequest('Stage name only allows a-zA-Z0-9_');
  if (!input.deploymentId) throw missing('deploymentId');
  if (!api.deployments.has(input.deploymentId)) throw badRequest('Invalid deployment identifier specified');
  if (api.stages.has(input.stageName)) throw conflict('Stage already exists');
  return newStage(api, { ...input, stageName: input.stageName, deploymentId: input.deploymentId });
}
