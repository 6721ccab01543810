// ListTagsForResource: the tags of a bus or rule.
import type { ListTagsForResourceRequest, ListTagsForResourceResponse } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { resourceTags } from './tagResource.js';
import { required } from './validate.js';

export function listTagsForResource(
  ctx: EventsContext,
  input: ListTagsForResourceRequest,
): ListTagsForResourceResponse {
  const tags = resourceTags(ctx, required(input.ResourceARN, 'resourceARN'));
  return { Tags: [...tags].map(([Key, Value]) => ({ Key, Value })) };
}
