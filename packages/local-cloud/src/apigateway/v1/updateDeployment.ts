// UpdateDeployment: patch operations on a deployment's description.
import type { Deployment, UpdateDeploymentRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { invalidIdentifier } from '../errors.js';
import { applyPatches, scalar } from '../patch.js';

export function updateDeployment(ctx: ApiGatewayContext, input: UpdateDeploymentRequest): Deployment {
  const api = ctx.restApi(input.restApiId);
  const d = input.deploymentId ? api.deployments.get(input.deploymentId) : undefined;
  if (!d) throw invalidIdentifier('Deployment', ctx.accountId, String(input.deploymentId));
  applyPatches<Deployment>(d, input.patchOperations, [scalar('description')]);
  return d;
}
