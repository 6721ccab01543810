// UntagResource: removes tags by key; keys the resource lacks are ignored.
import type { UntagResourceRequest } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { resourceTags } from './tagResource.js';
import { required } from './validate.js';

export function untagResource(ctx: EventsContext, input: UntagResourceRequest): void {
  const arn = required(input.ResourceARN, 'resourceARN');
  const keys = required(input.TagKeys, 'tagKeys');
  const tags = new Map(resourceTags(ctx, arn));
  for (const k of keys) tags.delete(k);
  ctx.store.tags.set(arn, tags);
}
