// A stage of a REST API by name, or API Gateway's NotFoundException.
import type { Stage } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { invalidIdentifier } from '../errors.js';

export function stageOf(
  ctx: ApiGatewayContext,
  restApiId: string | undefined,
  name: string | undefined,
): Stage {
  const stage = name ? ctx.restApi(restApiId).stages.get(name) : undefined;
  if (!stage) {
    ctx.restApi(restApiId);
    throw invalidIdentifier('stage', ctx.accountId, String(name));
  }
  return stage;
}
