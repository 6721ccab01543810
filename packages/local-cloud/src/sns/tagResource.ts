// TagResource: adds or overwrites a topic's tags (50 at most, keys unique in one request).
import type { TagResourceRequest, TagResourceResponse } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { invalidParameter, resourceNotFound, tagLimitExceeded } from './errors.js';
import type { Topic } from './store.js';
import { required } from './validate.js';

const MAX_TAGS = 50;

export function tagResource(ctx: SnsContext, input: TagResourceRequest): TagResourceResponse {
  const topic = taggedTopic(ctx, input.ResourceArn);
  const tags = checkTags(input.Tags ?? []);
  const merged = new Map(topic.tags);
  for (const t of tags) merged.set(t.Key, t.Value);
  if (merged.size > MAX_TAGS) throw tagLimitExceeded();
  topic.tags = merged;
  return {};
}

/** The topic a tagging call names; ResourceNotFound as AWS answers for anything else. */
export function taggedTopic(ctx: SnsContext, arn: string | undefined): Topic {
  const value = required(arn, 'resourceArn');
  const topic = ctx.store.topics.get(value);
  if (!topic) throw resourceNotFound();
  return topic;
}

export function checkTags(tags: { Key?: string; Value?: string }[]): { Key: string; Value: string }[] {
  const keys = new Set<string>();
  return tags.map((t, i) => {
    const key = required(t.Key, `tags.${i + 1}.member.key`);
    const value = required(t.Value, `tags.${i + 1}.member.value`);
    if (keys.has(key)) throw invalidParameter('Duplicated keys are not allowed.');
    keys.add(key);
    return { Key: key, Value: value };
  });
}
