// ListSubscriptionsByTopic: one topic's subscriptions, 100 a page.
import type { ListSubscriptionsByTopicInput } from '@aws-sdk/client-sns';
import type { QueryForm } from '../protocol/awsQuery.js';
import type { SnsContext } from './context.js';
import { subscriptionsXml } from './listSubscriptions.js';
import type { Subscription } from './store.js';
import { topicFor } from './validate.js';

export function listSubscriptionsByTopic(ctx: SnsContext, form: QueryForm): string {
  const input: ListSubscriptionsByTopicInput = { TopicArn: form.TopicArn, NextToken: form.NextToken };
  const topic = topicFor(ctx, input.TopicArn);
  const subs = [...topic.subscriptions]
    .map((arn) => ctx.store.subscriptions.get(arn))
    .filter((s): s is Subscription => s !== undefined);
  return subscriptionsXml(subs, input.NextToken);
}
