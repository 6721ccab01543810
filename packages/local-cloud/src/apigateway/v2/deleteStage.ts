// DeleteStage: a stage of an HTTP or WebSocket API.
import type { DeleteStageRequest } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { stageOf } from './lookups.js';

export function deleteStage(ctx: ApiGatewayContext, input: DeleteStageRequest): Record<string, never> {
  const api = ctx.httpApi(input.ApiId);
  api.stages.delete(stageOf(api, input.StageName).StageName);
  return {};
}
