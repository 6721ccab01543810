// CreateDeployment: a snapshot of a REST API; with a stage name, that stage (made when missing) serves it.
import type { CreateDeploymentRequest, Deployment } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest } from '../errors.js';
import { newId, SHORT_ID_LENGTH } from '../ids.js';
import { newStage } from './stages.js';

export function createDeployment(ctx: ApiGatewayContext, input: CreateDeploymentRequest): Deployment {
  const api = ctx.restApi(input.restApiId);
  if (![...api.resources.values()].some((r) => r.methods.size > 0))
    throw badRequest("The REST API doesn't contain any methods");
  const id = newId(SHORT_ID_LENGTH, (x) => api.deployments.has(x));
  const deployment = { id, description: input.description, createdDate: new Date() };
  api.deployments.set(id, deployment);
  if (input.stageName) {
    const existing = api.stages.get(input.stageName);
    if (existing) {
      existing.deploymentId = id;
      existing.lastUpdatedDate = new Date();
    } else {
      newStage(api, {
        stageName: input.stageName,
        deploymentId: id,
        description: input.stageDescription,
        cacheClusterEnabled: input.cacheClusterEnabled,
        cacheClusterSize: input.cacheClusterSize,
        variables: input.variables,
        tracingEnabled: input.tracingEnabled,
      });
    }
  }
  return deployment;
}
