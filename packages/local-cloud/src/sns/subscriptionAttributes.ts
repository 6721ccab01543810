// Subscription attributes: the settable ones with their checks, and the view GetSubscriptionAttributes shows.

import { parseArn } from '../arn.js';
import { invalidParameter } from './errors.js';
import { type FilterPolicyScope, parseFilterPolicy } from './filterPolicy.js';
import type { Subscription } from './store.js';

const SETTABLE = new Set([
  'DeliveryPolicy',
  'FilterPolicy',
  'FilterPolicyScope',
  'RawMessageDelivery',
  'RedrivePolicy',
  'SubscriptionRoleArn',
  'ReplayPolicy',
]);

/** Protocols whose subscribers can take the bare message instead of the JSON notification. */
const RAW_PROTOCOLS = new Set(['sqs', 'http', 'https', 'firehose']);

/**
 * Checks and applies one attribute. Subscribe reports problems as "Attributes Reason: ...",
 * SetSubscriptionAttributes without that prefix.
 */
export function applySubscriptionAttribute(
  sub: Subscription,
  name: string,
  value: string,
  onSubscribe: boolean,
): void {
  const prefix = onSubscribe ? 'Attributes Reason: ' : '';
  if (!SETTABLE.has(name)) throw invalidParameter(`${prefix}AttributeName`);
  switch (name) {
    case 'RawMessageDelivery': {
      const v = value.toLowerCase();
      if (v !== 'true' && v !== 'false') {
        throw invalidParameter(
          `${prefix}RawMessageDelivery: Invalid value [${value}]. Must be true or false.`,
        );
      }
      if (!RAW_PROTOCOLS.has(sub.protocol)) {
        throw invalidParameter(
          `${prefix}Delivery protocol [${sub.protocol}] does not support raw message delivery.`,
        );
      }
      sub.attributes.set(name, v);
      return;
    }
    case 'FilterPolicyScope': {
      if (value !== 'MessageAttributes' && value !== 'MessageBody') {
        throw invalidParameter(
          `${prefix}FilterPolicyScope: Invalid value [${value}]. Please use either MessageBody or MessageAttributes`,
        );
      }
      // The stored policy must still make sense under the new scope.
      const policy = sub.attributes.get('FilterPolicy');
      if (policy) sub.filterPolicy = parseFilterPolicy(policy, value, prefix);
      sub.attributes.set(name, value);
      return;
    }
    case 'FilterPolicy': {
      if (value === '') {
        sub.attributes.delete('FilterPolicy');
        sub.filterPolicy = undefined;
        return;
      }
      const scope = (sub.attributes.get('FilterPolicyScope') ?? 'MessageAttributes') as FilterPolicyScope;
      sub.filterPolicy = parseFilterPolicy(value, scope, prefix);
      sub.attributes.set(name, value);
      return;
    }
    case 'RedrivePolicy':
      checkRedrivePolicy(sub, parseJson(value, `${prefix}${name}`), prefix);
      sub.attributes.set(name, value);
      return;
    case 'DeliveryPolicy':
    case 'ReplayPolicy':
      parseJson(value, `${prefix}${name}`);
      sub.attributes.set(name, value);
      return;
    default:
      sub.attributes.set(name, value);
  }
}

function parseJson(value: string, what: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw invalidParameter(`${what}: failed to parse JSON.`);
  }
}

/** The dead-letter queue must be an ARN, and a FIFO queue for a subscription to a FIFO topic. */
function checkRedrivePolicy(sub: Subscription, policy: unknown, prefix: string): void {
  const target =
    policy !== null && typeof policy === 'object'
      ? (policy as Record<string, unknown>).deadLetterTargetArn
      : undefined;
  if (typeof target !== 'string' || !parseArn(target)) {
    throw invalidParameter(`${prefix}RedrivePolicy: deadLetterTargetArn is an invalid arn`);
  }
  if (sub.topicArn.endsWith('.fifo') && !target.endsWith('.fifo')) {
    throw invalidParameter(
      `${prefix}RedrivePolicy: must use a FIFO queue as DLQ for a FIFO Subscription to a FIFO Topic.`,
    );
  }
}

export function subscriptionAttributeView(sub: Subscription): Record<string, string> {
  const view: Record<string, string> = {
    ConfirmationWasAuthenticated: String(!sub.pending),
    PendingConfirmation: String(sub.pending),
    Owner: sub.owner,
    RawMessageDelivery: 'false',
    TopicArn: sub.topicArn,
    Endpoint: sub.endpoint,
    Protocol: sub.protocol,
    SubscriptionPrincipal: `arn:aws:iam::${sub.owner}:root`,
    SubscriptionArn: sub.arn,
  };
  for (const [k, v] of sub.attributes) view[k] = v;
  if (sub.attributes.has('FilterPolicy') && !sub.attributes.has('FilterPolicyScope')) {
    view.FilterPolicyScope = 'MessageAttributes';
  }
  return view;
}
