// DeleteStage: a stage of a REST API (its deployment stays).
import type { DeleteStageRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { stageOf } from './stageOf.js';

export function deleteStage(ctx: ApiGatewayContext, input: DeleteStageRequest): Record<string, never> {
  stageOf(ctx, input.restApiId, input.stageName);
  ctx.restApi(input.restApiId).stages.delete(String(input.stageName));
  return {};
}
