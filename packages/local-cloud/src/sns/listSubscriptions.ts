// ListSubscriptions: every subscription of the region, 100 a page.
import type { ListSubscriptionsInput, ListSubscriptionsResponse } from '@aws-sdk/client-sns';
import { parseArn } from '../arn.js';
import type { SnsContext } from './context.js';
import { pageOf } from './paging.js';
import type { Subscription } from './store.js';

export function listSubscriptions(ctx: SnsContext, input: ListSubscriptionsInput): ListSubscriptionsResponse {
  const subs = [...ctx.store.subscriptions.values()].filter(
    (s) => parseArn(s.topicArn)?.region === ctx.region,
  );
  return subscriptionsPage(subs, input.NextToken);
}

/** The page both list operations answer with; members in AWS's element order. */
export function subscriptionsPage(
  subs: Subscription[],
  token: string | undefined,
): ListSubscriptionsResponse {
  const { items, next } = pageOf(subs, token);
  return {
    Subscriptions: items.map((s) => ({
      SubscriptionArn: s.pending ? 'PendingConfirmation' : s.arn,
      Owner: s.owner,
      Protocol: s.protocol,
      Endpoint: s.endpoint,
      TopicArn: s.topicArn,
    })),
    NextToken: next,
  };
}
