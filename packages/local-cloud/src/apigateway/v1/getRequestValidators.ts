// GetRequestValidators: a REST API's request validators, paged by position and limit.
import type { GetRequestValidatorsRequest, RequestValidators } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { page } from '../paging.js';

export function getRequestValidators(
  ctx: ApiGatewayContext,
  input: GetRequestValidatorsRequest,
): RequestValidators {
  const all = [...ctx.restApi(input.restApiId).validators.values()];
  const { items, next } = page(all, input.limit, input.position, 25);
  return { items, position: next };
}
