// GetStage: one stage of a REST API.
import type { GetStageRequest, Stage } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { stageOf } from './stageOf.js';

export function getStage(ctx: ApiGatewayContext, input: GetStageRequest): Stage {
  return stageOf(ctx, input.restApiId, input.stageName);
}
