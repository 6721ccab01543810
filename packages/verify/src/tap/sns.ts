// SNS tap: a temporary queue subscribed to the topic with raw delivery, so each message is the record.
// Where every subscriber of the topic filters, the tap subscribes with the same filter policies, so a
// record counts only if some subscriber would receive it.
import {
  GetSubscriptionAttributesCommand,
  ListSubscriptionsByTopicCommand,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import type { Clients } from '../clients.js';
import { type RunState, recordCreated } from '../state.js';
import type { InvocationRecord } from '../types.js';
import { readQueue } from './sqs.js';
import { allowSend, createTempQueue, tapName } from './tempQueue.js';
import { parseRecord, type Tap } from './types.js';

/** The queue ARN of a tap (tapName's default prefix), this run's or another's. */
const TAP_QUEUE = /:destinations-tap-[0-9a-f]{12}$/;

/** A subscriber's filter, as SNS stores it: the policy's JSON and what it applies to. */
export interface SubscriberFilter {
  policy: string;
  scope: 'MessageAttributes' | 'MessageBody';
}

/**
 * The distinct filters of the topic's subscribers, or undefined when the topic has none, a subscriber
 * takes everything, or the subscriptions cannot be read (then every record on the topic counts).
 */
export async function subscriberFilters(
  clients: Clients,
  topicArn: string,
): Promise<SubscriberFilter[] | undefined> {
  const arns: string[] = [];
  try {
    let token: string | undefined;
    do {
      const out = await clients.sns.send(
        new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken: token }),
      );
      for (const s of out.Subscriptions ?? []) {
        // A pending confirmation has no ARN yet and receives nothing; another run's tap is no subscriber.
        if (!s.SubscriptionArn?.startsWith('arn:') || TAP_QUEUE.test(s.Endpoint ?? '')) continue;
        arns.push(s.SubscriptionArn);
      }
      token = out.NextToken;
    } while (token);
    if (arns.length === 0) return undefined;
    const filters = new Map<string, SubscriberFilter>();
    for (const arn of arns) {
      const { Attributes: a = {} } = await clients.sns.send(
        new GetSubscriptionAttributesCommand({ SubscriptionArn: arn }),
      );
      if (!a.FilterPolicy) return undefined;
      const scope = a.FilterPolicyScope === 'MessageBody' ? 'MessageBody' : 'MessageAttributes';
      filters.set(`${scope} ${a.FilterPolicy}`, { policy: a.FilterPolicy, scope });
    }
    return [...filters.values()];
  } catch {
    return undefined;
  }
}

export async function openTopicTap(clients: Clients, state: RunState, topicArn: string): Promise<Tap> {
  const filters = await subscriberFilters(clients, topicArn);
  const queue = await createTempQueue(clients, state, tapName());
  await allowSend(clients, queue, 'sns.amazonaws.com', topicArn);
  for (const filter of filters ?? [undefined]) {
    const sub = await clients.sns.send(
      new SubscribeCommand({
        TopicArn: topicArn,
        Protocol: 'sqs',
        Endpoint: queue.queueArn,
        Attributes: {
          RawMessageDelivery: 'true',
          ...(filter && { FilterPolicy: filter.policy, FilterPolicyScope: filter.scope }),
        },
        ReturnSubscriptionArn: true,
      }),
    );
    recordCreated(state, { type: 'snsSubscription', subscriptionArn: sub.SubscriptionArn! });
  }
  // A record that passes two subscribers' filters arrives once per filter: it counts once.
  const seen = new Set<string>();
  const once = (body: string | undefined): InvocationRecord | undefined => {
    const record = parseRecord(body);
    if (!record || !filters || filters.length < 2) return record;
    const c = record.requestContext;
    const key = `${c?.requestId} ${c?.condition} ${c?.approximateInvokeCount} ${record.timestamp}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    return record;
  };
  return {
    destinationArn: topicArn,
    type: 'sns',
    via: filters
      ? `a temporary queue subscribed with raw delivery and the subscribers' filter policies (${filters.length}), removed after: a record counts only if a subscriber would receive it`
      : 'a temporary queue subscribed with raw delivery, removed after',
    run: (ctx) => readQueue(clients, queue.queueUrl, topicArn, ctx, { shared: false, unwrap: once }),
  };
}
