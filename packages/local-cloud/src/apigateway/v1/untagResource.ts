// UntagResource: tags removed from a REST API, stage, API key or usage plan.
import type { UntagResourceRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { tagsOf } from '../tags.js';

export function untagResource(ctx: ApiGatewayContext, input: UntagResourceRequest): Record<string, never> {
  const tags = tagsOf(ctx.store, input.resourceArn);
  for (const k of input.tagKeys ?? []) delete tags[k];
  return {};
}
