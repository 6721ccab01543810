// GetModels: a REST API's models, paged by position and limit.
import type { GetModelsRequest, Models } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';

export function getModels(ctx: ApiGatewayContext, input: GetModelsRequest): Models {
  const all = [...ctx.restApi(input.restApiId).models.values()];
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}
