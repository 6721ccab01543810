// ListSubscriptions: every subscription of the region, 100 a page.
import type { ListSubscriptionsInput, Subscription as SubscriptionView } from '@aws-sdk/client-sns';
import type { QueryForm } from '../protocol/awsQuery.js';
import type { SnsContext } from './context.js';
import { pageOf } from './paging.js';
import type { Subscription } from './store.js';
import { xmlElement, xmlMembers } from './xml.js';

export function listSubscriptions(ctx: SnsContext, form: QueryForm): string {
  const input: ListSubscriptionsInput = { NextToken: form.NextToken };
  const subs = [...ctx.store.subscriptions.values()].filter((s) => s.topicArn.split(':')[3] === ctx.region);
  return subscriptionsXml(subs, input.NextToken);
}

/** The `<Subscriptions>` list and `<NextToken>` both list operations answer with. */
export function subscriptionsXml(subs: Subscription[], token: string | undefined): string {
  const { items, next } = pageOf(subs, token);
  const views: SubscriptionView[] = items.map((s) => ({
    SubscriptionArn: s.pending ? 'PendingConfirmation' : s.arn,
    Owner: s.owner,
    Protocol: s.protocol,
    Endpoint: s.endpoint,
    TopicArn: s.topicArn,
  }));
  const members = views.map(
    (v) =>
      xmlElement('SubscriptionArn', v.SubscriptionArn) +
      xmlElement('Owner', v.Owner) +
      xmlElement('Protocol', v.Protocol) +
      xmlElement('Endpoint', v.Endpoint) +
      xmlElement('TopicArn', v.TopicArn),
  );
  return `<Subscriptions>${xmlMembers(members)}</Subscriptions>${xmlElement('NextToken', next)}`;
}
