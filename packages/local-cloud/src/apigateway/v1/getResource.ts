// GetResource: one resource of a REST API (its methods in full with `embed=methods`).
import type { GetResourceRequest, Resource } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { resourceView } from './views.js';

export function getResource(ctx: ApiGatewayContext, input: GetResourceRequest): Resource {
  const api = ctx.restApi(input.restApiId);
  return resourceView(ctx.resource(api, input.resourceId), input.embed?.includes('methods') === true);
}
