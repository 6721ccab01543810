// Topic attributes: which ones a caller may set, their checks, and the full view GetTopicAttributes shows.

import { effectiveDeliveryPolicy, storedDeliveryPolicy } from './deliveryPolicy.js';
import { invalidParameter } from './errors.js';
import type { Topic } from './store.js';

const FEEDBACK = ['HTTP', 'Firehose', 'Lambda', 'Application', 'SQS'].flatMap((p) => [
  `${p}SuccessFeedbackRoleArn`,
  `${p}SuccessFeedbackSampleRate`,
  `${p}FailureFeedbackRoleArn`,
]);

const SETTABLE = new Set([
  'DeliveryPolicy',
  'DisplayName',
  'Policy',
  'TracingConfig',
  'KmsMasterKeyId',
  'SignatureVersion',
  'ContentBasedDeduplication',
  'FifoThroughputScope',
  'ArchivePolicy',
  'DataProtectionPolicy',
  ...FEEDBACK,
]);

/** Checks one attribute as CreateTopic (`prefix` "Attributes Reason: ") or SetTopicAttributes sets it. */
export function checkTopicAttribute(name: string, value: string, fifo: boolean, onCreate: boolean): void {
  if (name === 'FifoTopic') {
    if (!onCreate) throw invalidParameter('AttributeName');
    return;
  }
  if (!SETTABLE.has(name))
    throw invalidParameter(onCreate ? `Attributes Reason: Unknown attribute ${name}` : 'AttributeName');
  const reason = onCreate ? 'Attributes Reason: ' : '';
  if ((name === 'Policy' || name === 'DeliveryPolicy' || name === 'DataProtectionPolicy') && value !== '') {
    try {
      JSON.parse(value);
    } catch {
      throw invalidParameter(`${reason}${name}: failed to parse JSON.`);
    }
  }
  if (name === 'ContentBasedDeduplication') {
    if (!fifo) {
      throw invalidParameter(
        `${reason}ContentBasedDeduplication: Content based deduplication can only be set for FIFO topics`,
      );
    }
    if (value !== 'true' && value !== 'false') {
      throw invalidParameter(
        `${reason}ContentBasedDeduplication: Invalid value [${value}]. Must be true or false.`,
      );
    }
  }
  if (name === 'FifoThroughputScope' && (!fifo || !['Topic', 'MessageGroup'].includes(value))) {
    throw invalidParameter(`${reason}FifoThroughputScope`);
  }
  if (name === 'TracingConfig' && !['Active', 'PassThrough'].includes(value)) {
    throw invalidParameter(`${reason}TracingConfig`);
  }
  if (name === 'SignatureVersion' && !['1', '2'].includes(value)) {
    throw invalidParameter(`${reason}SignatureVersion`);
  }
}

/** The value a checked attribute is kept as; undefined when setting it removes it (an empty DeliveryPolicy). */
export function storedTopicAttribute(name: string, value: string): string | undefined {
  if (name !== 'DeliveryPolicy') return value;
  return value === '' ? undefined : storedDeliveryPolicy(value);
}

/** Sets (or, for an empty DeliveryPolicy, removes) one checked attribute. */
export function setTopicAttribute(topic: Topic, name: string, value: string): void {
  const stored = storedTopicAttribute(name, value);
  if (stored === undefined) topic.attributes.delete(name);
  else topic.attributes.set(name, stored);
}

export function defaultPolicy(topicArn: string, accountId: string): string {
  return JSON.stringify({
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: [
          'SNS:GetTopicAttributes',
          'SNS:SetTopicAttributes',
          'SNS:AddPermission',
          'SNS:RemovePermission',
          'SNS:DeleteTopic',
          'SNS:Subscribe',
          'SNS:ListSubscriptionsByTopic',
          'SNS:Publish',
        ],
        Resource: topicArn,
        Condition: { StringEquals: { 'AWS:SourceOwner': accountId } },
      },
    ],
  });
}

/** Everything GetTopicAttributes answers: computed members, then what the caller set. */
export function topicAttributeView(
  topic: Topic,
  accountId: string,
  counts: { confirmed: number; pending: number },
): Record<string, string> {
  const view: Record<string, string> = {
    Policy: defaultPolicy(topic.arn, accountId),
    Owner: accountId,
    SubscriptionsPending: String(counts.pending),
    TopicArn: topic.arn,
    EffectiveDeliveryPolicy: effectiveDeliveryPolicy(topic.attributes.get('DeliveryPolicy')),
    SubscriptionsConfirmed: String(counts.confirmed),
    DisplayName: '',
    SubscriptionsDeleted: String(topic.deletedSubscriptions),
  };
  if (topic.fifo) {
    view.FifoTopic = 'true';
    view.ContentBasedDeduplication = 'false';
    view.FifoThroughputScope = 'Topic';
  }
  for (const [k, v] of topic.attributes) if (k !== 'FifoTopic') view[k] = v;
  return view;
}
