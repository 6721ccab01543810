// GetTags: the tags of a REST API, stage, API key or usage plan.
import type { GetTagsRequest, Tags } from '@aws-sdk/client-api-gateway';
import type { ApiGatewayContext } from '../context.js';
import { tagsOf } from '../tags.js';

export function getTags(ctx: ApiGatewayContext, input: GetTagsRequest): Tags {
  return { tags: { ...tagsOf(ctx.store, input.resourceArn) } };
}
