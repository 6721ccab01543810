// Subscribe: sqs and lambda endpoints (same account) and phone numbers are confirmed at once, as on AWS;
// the others stay pending.
import { randomUUID } from 'node:crypto';
import type { SubscribeInput, SubscribeResponse } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { invalidParameter, invalidSmsEndpoint } from './errors.js';
import type { Subscription } from './store.js';
import { applySubscriptionAttribute } from './subscriptionAttributes.js';
import { required, topicFor } from './validate.js';

const PROTOCOLS = new Set([
  'http',
  'https',
  'email',
  'email-json',
  'sms',
  'sqs',
  'application',
  'lambda',
  'firehose',
]);
const SQS_ARN = /^arn:aws[\w-]*:sqs:[^:]+:\d+:[^:]+$/;
const LAMBDA_ARN = /^arn:aws[\w-]*:lambda:[^:]+:\d+:function:[^:]+(:[^:]+)?$/;
/** A phone number: digits with an optional leading `+` and the usual separators. */
const PHONE_NUMBER = /^\+?[0-9][0-9 ().-]*$/;
/** Protocols AWS confirms without a confirmation message. */
const CONFIRMED_AT_ONCE = new Set(['sqs', 'lambda', 'sms']);

export function subscribe(ctx: SnsContext, input: SubscribeInput): SubscribeResponse {
  const protocol = required(input.Protocol, 'protocol');
  const topic = topicFor(ctx, input.TopicArn);
  if (!PROTOCOLS.has(protocol)) {
    throw invalidParameter(`Amazon SNS does not support this protocol string: ${protocol}`);
  }
  const endpoint = input.Endpoint ?? '';
  if (protocol === 'sqs' && !SQS_ARN.test(endpoint)) throw invalidParameter('SQS endpoint ARN');
  if (protocol === 'lambda' && !LAMBDA_ARN.test(endpoint)) throw invalidParameter('Lambda endpoint ARN');
  if (protocol === 'sms' && !PHONE_NUMBER.test(endpoint)) throw invalidSmsEndpoint(endpoint);
  if ((protocol === 'http' || protocol === 'https') && !endpoint.startsWith(`${protocol}://`)) {
    throw invalidParameter('Endpoint must match the specified protocol');
  }
  if (topic.fifo && protocol !== 'sqs') {
    throw invalidParameter('Endpoint Reason: FIFO topics only support SQS endpoints');
  }
  if (!topic.fifo && protocol === 'sqs' && endpoint.endsWith('.fifo')) {
    throw invalidParameter(
      'Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics',
    );
  }

  const pending = !CONFIRMED_AT_ONCE.has(protocol);
  const sub: Subscription = {
    arn: `${topic.arn}:${randomUUID()}`,
    topicArn: topic.arn,
    protocol,
    endpoint,
    owner: ctx.store.accountId,
    pending,
    attributes: new Map(),
  };
  // FilterPolicyScope first: the policy is checked under the scope it comes with.
  const attrs = Object.entries(input.Attributes ?? {}).sort(([a], [b]) =>
    a === 'FilterPolicyScope' ? -1 : b === 'FilterPolicyScope' ? 1 : 0,
  );
  for (const [name, value] of attrs) applySubscriptionAttribute(sub, name, value, true);

  for (const arn of topic.subscriptions) {
    const existing = ctx.store.subscriptions.get(arn);
    if (!existing || existing.endpoint !== endpoint || existing.protocol !== protocol) continue;
    for (const [k, v] of sub.attributes) {
      if (existing.attributes.get(k) !== v) {
        throw invalidParameter('Attributes Reason: Subscription already exists with different attributes');
      }
    }
    return {
      SubscriptionArn:
        existing.pending && !input.ReturnSubscriptionArn ? 'pending confirmation' : existing.arn,
    };
  }
  ctx.store.subscriptions.set(sub.arn, sub);
  topic.subscriptions.add(sub.arn);
  return { SubscriptionArn: pending && !input.ReturnSubscriptionArn ? 'pending confirmation' : sub.arn };
}
