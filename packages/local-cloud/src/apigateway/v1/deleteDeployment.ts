// DeleteDeployment: a deployment no stage serves any more.
import type { DeleteDeploymentRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest, invalidIdentifier } from '../errors.js';

export function deleteDeployment(
  ctx: ApiGatewayContext,
  input: DeleteDeploymentRequest,
): Record<string, never> {
  const api = ctx.restApi(input.restApiId);
  const id = String(input.deploymentId);
  if (!api.deployments.has(id)) throw invalidIdentifier('Deployment', ctx.accountId, id);
  if ([...api.stages.values()].some((s) => s.deploymentId === id))
    throw badRequest('Active stages pointing to this deployment must be moved or deleted');
  api.deployments.delete(id);
  return {};
}
