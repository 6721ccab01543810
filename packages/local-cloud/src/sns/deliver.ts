// Fan-out: a published message goes to every confirmed subscription whose filter policy lets it through.
import type { SnsContext } from './context.js';
import { type FilterPolicyScope, policyMatches } from './filterPolicy.js';
import { lambdaEvent, messageFor, sqsNotification } from './notification.js';
import type { SnsMessage, Subscription, Topic } from './store.js';

export function fanOut(ctx: SnsContext, topic: Topic, msg: SnsMessage): void {
  for (const arn of topic.subscriptions) {
    const sub = ctx.store.subscriptions.get(arn);
    if (!sub || sub.pending) continue;
    if (sub.filterPolicy) {
      const scope = (sub.attributes.get('FilterPolicyScope') ?? 'MessageAttributes') as FilterPolicyScope;
      const body = messageFor(msg, sub.protocol);
      if (!policyMatches(sub.filterPolicy, scope, msg.messageAttributes, body)) {
        ctx.cloud.count('NumberOfNotificationsFilteredOut', topic.name);
        continue;
      }
    }
    try {
      deliver(ctx, sub, msg);
      ctx.cloud.count('NumberOfNotificationsDelivered', topic.name);
    } catch (err) {
      ctx.cloud.count('NumberOfNotificationsFailed', topic.name);
      ctx.cloud.log('info', `sns: delivery to ${sub.endpoint} failed: ${String(err)}`);
    }
  }
}

function deliver(ctx: SnsContext, sub: Subscription, msg: SnsMessage): void {
  const { cloud } = ctx;
  if (sub.protocol === 'sqs') {
    if (!cloud.sqs) throw new Error('SQS is not served');
    const raw = sub.attributes.get('RawMessageDelivery') === 'true';
    const body = raw ? messageFor(msg, 'sqs') : sqsNotification(msg, sub, cloud.endpoint);
    cloud.sqs.sendMessage(sub.endpoint, body, {
      messageAttributes: raw && Object.keys(msg.messageAttributes).length ? msg.messageAttributes : undefined,
      messageGroupId: msg.messageGroupId,
      messageDeduplicationId: msg.messageDeduplicationId,
      senderId: cloud.accountId,
    });
  } else if (sub.protocol === 'lambda') {
    if (!cloud.lambda) throw new Error('Lambda is not served');
    cloud.lambda.invokeAsync(sub.endpoint, Buffer.from(lambdaEvent(msg, sub, cloud.endpoint)), {
      region: sub.endpoint.split(':')[3],
    });
  } else {
    throw new Error(`protocol ${sub.protocol} is not delivered by this local cloud`);
  }
}
