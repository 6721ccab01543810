// Unsubscribe: removes a subscription; a well-formed ARN that names none is a silent success, as on AWS.
import type { UnsubscribeInput } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { invalidParameter } from './errors.js';
import { checkSubscriptionArn, required } from './validate.js';

export function unsubscribe(ctx: SnsContext, input: UnsubscribeInput): void {
  const arn = required(input.SubscriptionArn, 'subscriptionArn');
  if (arn === '') throw invalidParameter('SubscriptionArn Reason: no value for required parameter');
  checkSubscriptionArn(arn);
  const sub = ctx.store.subscriptions.get(arn);
  if (!sub) return;
  ctx.store.subscriptions.delete(arn);
  const topic = ctx.store.topics.get(sub.topicArn);
  if (topic) {
    topic.subscriptions.delete(arn);
    topic.deletedSubscriptions += 1;
  }
}
