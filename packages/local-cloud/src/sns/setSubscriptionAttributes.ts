// SetSubscriptionAttributes: one attribute at a time (RawMessageDelivery, FilterPolicy, ...).
import type { SetSubscriptionAttributesInput } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { applySubscriptionAttribute } from './subscriptionAttributes.js';
import { required, subscriptionFor } from './validate.js';

export function setSubscriptionAttributes(ctx: SnsContext, input: SetSubscriptionAttributesInput): void {
  const name = required(input.AttributeName, 'attributeName');
  const sub = subscriptionFor(ctx, input.SubscriptionArn);
  applySubscriptionAttribute(sub, name, input.AttributeValue ?? '', false);
}
