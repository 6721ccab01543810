// SetSubscriptionAttributes: one attribute at a time (RawMessageDelivery, FilterPolicy, ...).
import type { SetSubscriptionAttributesInput } from '@aws-sdk/client-sns';
import type { QueryForm } from '../protocol/awsQuery.js';
import type { SnsContext } from './context.js';
import { applySubscriptionAttribute } from './subscriptionAttributes.js';
import { required, subscriptionFor } from './validate.js';

export function setSubscriptionAttributes(ctx: SnsContext, form: QueryForm): undefined {
  const input: SetSubscriptionAttributesInput = {
    SubscriptionArn: form.SubscriptionArn,
    AttributeName: form.AttributeName,
    AttributeValue: form.AttributeValue,
  };
  const name = required(input.AttributeName, 'attributeName');
  const sub = subscriptionFor(ctx, input.SubscriptionArn);
  applySubscriptionAttribute(sub, name, input.AttributeValue ?? '', false);
  return undefined;
}
