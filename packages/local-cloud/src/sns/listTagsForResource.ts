// ListTagsForResource: a topic's tags.
import type { ListTagsForResourceRequest, ListTagsForResourceResponse } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { taggedTopic } from './tagResource.js';

export function listTagsForResource(
  ctx: SnsContext,
  input: ListTagsForResourceRequest,
): ListTagsForResourceResponse {
  const topic = taggedTopic(ctx, input.ResourceArn);
  return { Tags: [...topic.tags].map(([Key, Value]) => ({ Key, Value })) };
}
