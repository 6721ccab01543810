// TagResource: adds or overwrites tags of a bus or rule.
import type { TagResourceRequest } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { resourceNotFound, tooManyTags } from './errors.js';
import { checkTags, required } from './validate.js';

export function tagResource(ctx: EventsContext, input: TagResourceRequest): void {
  const arn = required(input.ResourceARN, 'resourceARN');
  const tags = checkTags(required(input.Tags, 'tags'));
  const existing = resourceTags(ctx, arn);
  const merged = new Map(existing);
  for (const t of tags) merged.set(t.Key, t.Value);
  if (merged.size > 50) throw tooManyTags();
  ctx.store.tags.set(arn, merged);
}

/** The tags of a bus or rule; AWS's ResourceNotFoundException when the ARN names neither. */
export function resourceTags(ctx: EventsContext, arn: string): Map<string, string> {
  if (!ctx.store.resourceExists(arn)) {
    throw resourceNotFound(
      arn.includes(':rule/') ? 'Rule' : 'Event bus',
      arn.slice(arn.lastIndexOf('/') + 1),
    );
  }
  return ctx.store.tags.get(arn) ?? new Map();
}
