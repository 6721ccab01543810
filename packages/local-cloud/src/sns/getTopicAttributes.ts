// GetTopicAttributes: computed members (Owner, counts, policies) and whatever the caller set.
import type { GetTopicAttributesInput, GetTopicAttributesResponse } from '@aws-sdk/client-sns';
import type { QueryForm } from '../protocol/awsQuery.js';
import type { SnsContext } from './context.js';
import { topicAttributeView } from './topicAttributes.js';
import { topicFor } from './validate.js';
import { xmlEntries } from './xml.js';

export function getTopicAttributes(ctx: SnsContext, form: QueryForm): string {
  const input: GetTopicAttributesInput = { TopicArn: form.TopicArn };
  const topic = topicFor(ctx, input.TopicArn);
  let confirmed = 0;
  let pending = 0;
  for (const arn of topic.subscriptions) {
    if (ctx.store.subscriptions.get(arn)?.pending) pending++;
    else confirmed++;
  }
  const out: GetTopicAttributesResponse = {
    Attributes: topicAttributeView(topic, ctx.store.accountId, { confirmed, pending }),
  };
  return `<Attributes>${xmlEntries(out.Attributes ?? {})}</Attributes>`;
}
