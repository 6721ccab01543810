// GetSubscriptionAttributes: the subscription's computed members and what was set on it.
import type { GetSubscriptionAttributesInput, GetSubscriptionAttributesResponse } from '@aws-sdk/client-sns';
import type { QueryForm } from '../protocol/awsQuery.js';
import type { SnsContext } from './context.js';
import { subscriptionAttributeView } from './subscriptionAttributes.js';
import { subscriptionFor } from './validate.js';
import { xmlEntries } from './xml.js';

export function getSubscriptionAttributes(ctx: SnsContext, form: QueryForm): string {
  const input: GetSubscriptionAttributesInput = { SubscriptionArn: form.SubscriptionArn };
  const out: GetSubscriptionAttributesResponse = {
    Attributes: subscriptionAttributeView(subscriptionFor(ctx, input.SubscriptionArn)),
  };
  return `<Attributes>${xmlEntries(out.Attributes ?? {})}</Attributes>`;
}
