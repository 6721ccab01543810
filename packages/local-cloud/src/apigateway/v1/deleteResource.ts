// DeleteResource: a resource with its methods and every resource below it (the root stays).
import type { DeleteResourceRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { badRequest } from '../errors.js';

export function deleteResource(ctx: ApiGatewayContext, input: DeleteResourceRequest): Record<string, never> {
  const api = ctx.restApi(input.restApiId);
  const target = ctx.resource(api, input.resourceId);
  if (target.id === api.api.rootResourceId) throw badRequest('Cannot delete root resource');
  const doomed = new Set([target.id]);
  // Children were created after their parents, so one pass in creation order finds every descendant.
  for (const r of api.resources.values()) if (r.parentId && doomed.has(r.parentId)) doomed.add(r.id);
  for (const id of doomed) api.resources.delete(id);
  return {};
}
