// Unsubscribe: removes a subscription; a well-formed ARN that names none is a silent success, as on AWS.
import type { UnsubscribeInput } from '@aws-sdk/client-sns';
import { arnElementCount, parseArn } from '../arn.js';
import type { SnsContext } from './context.js';
import { invalidParameter } from './errors.js';
import { required } from './validate.js';

export function unsubscribe(ctx: SnsContext, input: UnsubscribeInput): void {
  const arn = required(input.SubscriptionArn, 'subscriptionArn');
  const parsed = parseArn(arn);
  if (!parsed) {
    throw invalidParameter(
      `SubscriptionArn Reason: An ARN must have at least 6 elements, not ${arnElementCount(arn)}`,
    );
  }
  if (parsed.subresource === undefined) throw invalidParameter('SubscriptionId');
  const sub = ctx.store.subscriptions.get(arn);
  if (!sub) return;
  ctx.store.subscriptions.delete(arn);
  const topic = ctx.store.topics.get(sub.topicArn);
  if (topic) {
    topic.subscriptions.delete(arn);
    topic.deletedSubscriptions += 1;
  }
}
