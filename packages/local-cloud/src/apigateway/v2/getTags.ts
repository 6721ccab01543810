// GetTags: the tags of an HTTP or WebSocket API or one of its stages.
import type { GetTagsRequest, GetTagsResponse } from '@aws-sdk/client-apigatewayv2';
import type { ApiGatewayContext } from '../context.js';
import { tagsOf } from '../tags.js';

export function getTags(ctx: ApiGatewayContext, input: GetTagsRequest): GetTagsResponse {
  return { Tags: { ...tagsOf(ctx.store, input.ResourceArn) } };
}
