// UntagResource: tags removed from an HTTP or WebSocket API or one of its stages.
import type { UntagResourceRequest } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { tagsOf } from '../tags.js';

export function untagResource(ctx: ApiGatewayContext, input: UntagResourceRequest): Record<string, never> {
  const tags = tagsOf(ctx.store, input.ResourceArn);
  for (const k of input.TagKeys ?? []) delete tags[k];
  return {};
}
