// TagResource: tags added to a REST API, stage, API key or usage plan (the Serverless Framework tags
// stages this way after a deploy).
import type { TagResourceRequest } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { tagsOf } from '../tags.js';

export function tagResource(ctx: ApiGatewayContext, input: TagResourceRequest): Record<string, never> {
  Object.assign(tagsOf(ctx.store, input.resourceArn), input.tags);
  return {};
}
