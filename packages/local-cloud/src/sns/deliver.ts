// Fan-out: a published message goes to every confirmed subscription whose filter policy lets it through.
import type { Sender } from '../internal.js';
import type { SnsContext } from './context.js';
import { type FilterPolicyScope, policyMatches } from './filterPolicy.js';
import { lambdaEvent, messageFor, sqsNotification } from './notification.js';
import type { SnsMessage, Subscription, Topic } from './store.js';

/** The protocols messages are delivered to here; an sms subscription is confirmed but reaches no phone. */
const DELIVERED = new Set(['sqs', 'lambda']);

export function fanOut(ctx: SnsContext, topic: Topic, msg: SnsMessage): void {
  for (const arn of topic.subscriptions) {
    const sub = ctx.store.subscriptions.get(arn);
    if (!sub || sub.pending || !DELIVERED.has(sub.protocol)) continue;
    if (sub.filterPolicy) {
      const scope = (sub.attributes.get('FilterPolicyScope') ?? 'MessageAttributes') as FilterPolicyScope;
      const body = messageFor(msg, sub.protocol);
      if (!policyMatches(sub.filterPolicy, scope, msg.messageAttributes, body)) {
        ctx.cloud.count('NumberOfNotificationsFilteredOut', topic.name);
        continue;
      }
    }
    deliver(ctx, topic, sub, msg);
  }
}

/** SNS delivers here to SQS and Lambda subscriptions; each failure is NumberOfNotificationsFailed, logged. */
const SUBSCRIPTION: Sender = {
  as: 'subscription',
  services: ['sqs', 'lambda'],
  level: 'info',
  failures: 'NumberOfNotificationsFailed',
  deliveries: 'NumberOfNotificationsDelivered',
};

function deliver(ctx: SnsContext, topic: Topic, sub: Subscription, msg: SnsMessage): void {
  const { cloud } = ctx;
  const raw = sub.protocol === 'sqs' && sub.attributes.get('RawMessageDelivery') === 'true';
  const body =
    sub.protocol === 'lambda'
      ? lambdaEvent(msg, sub, cloud.endpoint)
      : raw
        ? messageFor(msg, 'sqs')
        : sqsNotification(msg, sub, cloud.endpoint);
  cloud.deliverTo(sub.endpoint, body, {
    sender: SUBSCRIPTION,
    dimension: topic.name,
    what: `sns: message ${msg.messageId} of ${topic.name}`,
    region: topic.region,
    attributes: raw && Object.keys(msg.messageAttributes).length ? msg.messageAttributes : undefined,
    // A FIFO topic's group and deduplication ids reach FIFO queues only (AWS passes neither to a standard
    // queue); a standard topic's MessageGroupId reaches standard queues, for fair queues.
    groupId: topic.fifo ? msg.messageGroupId : undefined,
    dedupId: topic.fifo ? msg.messageDeduplicationId : undefined,
    fairGroupId: topic.fifo ? undefined : msg.messageGroupId,
  });
}
