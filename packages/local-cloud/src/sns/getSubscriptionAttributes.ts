// GetSubscriptionAttributes: the subscription's computed members and what was set on it.
import type { GetSubscriptionAttributesInput, GetSubscriptionAttributesResponse } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { subscriptionAttributeView } from './subscriptionAttributes.js';
import { subscriptionFor } from './validate.js';

export function getSubscriptionAttributes(
  ctx: SnsContext,
  input: GetSubscriptionAttributesInput,
): GetSubscriptionAttributesResponse {
  return { Attributes: subscriptionAttributeView(subscriptionFor(ctx, input.SubscriptionArn)) };
}
