// ListSubscriptionsByTopic: one topic's subscriptions, 100 a page.
import type { ListSubscriptionsByTopicInput, ListSubscriptionsByTopicResponse } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { subscriptionsPage } from './listSubscriptions.js';
import type { Subscription } from './store.js';
import { topicFor } from './validate.js';

export function listSubscriptionsByTopic(
  ctx: SnsContext,
  input: ListSubscriptionsByTopicInput,
): ListSubscriptionsByTopicResponse {
  const topic = topicFor(ctx, input.TopicArn);
  const subs = [...topic.subscriptions]
    .map((arn) => ctx.store.subscriptions.get(arn))
    .filter((s): s is Subscription => s !== undefined);
  return subscriptionsPage(subs, input.NextToken);
}
