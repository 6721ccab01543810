// UntagResource: removes a topic's tags by key; absent keys are ignored.
import type { UntagResourceRequest, UntagResourceResponse } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { taggedTopic } from './tagResource.js';

export function untagResource(ctx: SnsContext, input: UntagResourceRequest): UntagResourceResponse {
  const topic = taggedTopic(ctx, input.ResourceArn);
  for (const k of input.TagKeys ?? []) topic.tags.delete(k);
  return {};
}
