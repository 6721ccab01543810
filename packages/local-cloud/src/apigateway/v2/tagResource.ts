// TagResource: tags added to an HTTP or WebSocket API or one of its stages.
import type { TagResourceRequest } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { tagsOf } from '../tags.js';

export function tagResource(ctx: ApiGatewayContext, input: TagResourceRequest): Record<string, never> {
  Object.assign(tagsOf(ctx.store, input.ResourceArn), input.Tags);
  return {};
}
