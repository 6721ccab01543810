// GetStage: one stage of an HTTP or WebSocket API.
import type { GetStageRequest, GetStageResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { stageOf } from './lookups.js';

export function getStage(ctx: ApiGatewayContext, input: GetStageRequest): GetStageResponse {
  return stageOf(ctx.httpApi(input.ApiId), input.StageName);
}
