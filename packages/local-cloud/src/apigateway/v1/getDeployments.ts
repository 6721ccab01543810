// GetDeployments: a REST API's deployments, oldest first, paged by position and limit.
import type { Deployments, GetDeploymentsRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';

export function getDeployments(ctx: ApiGatewayContext, input: GetDeploymentsRequest): Deployments {
  const api = ctx.restApi(input.restApiId);
  const { items, next } = page([...api.deployments.values()], input.limit, input.position, 25);
  return { items, position: next };
}
