// GetTopicAttributes: computed members (Owner, counts, policies) and whatever the caller set.
import type { GetTopicAttributesInput, GetTopicAttributesResponse } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { topicAttributeView } from './topicAttributes.js';
import { topicFor } from './validate.js';

export function getTopicAttributes(
  ctx: SnsContext,
  input: GetTopicAttributesInput,
): GetTopicAttributesResponse {
  const topic = topicFor(ctx, input.TopicArn);
  let confirmed = 0;
  let pending = 0;
  for (const arn of topic.subscriptions) {
    if (ctx.store.subscriptions.get(arn)?.pending) pending++;
    else confirmed++;
  }
  return { Attributes: topicAttributeView(topic, ctx.store.accountId, { confirmed, pending }) };
}
