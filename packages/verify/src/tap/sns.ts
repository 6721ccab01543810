// SNS tap: a temporary queue subscribed to the topic with raw delivery, so each message is the record.
import { SubscribeCommand } from '@aws-sdk/client-sns';
import type { Clients } from '../clients.js';
import { type RunState, recordCreated } from '../state.js';
import { readQueue } from './sqs.js';
import { allowSend, createTempQueue, tapName } from './tempQueue.js';
import { parseRecord, type Tap } from './types.js';

export async function openTopicTap(clients: Clients, state: RunState, topicArn: string): Promise<Tap> {
  const queue = await createTempQueue(clients, state, tapName());
  await allowSend(clients, queue, 'sns.amazonaws.com', topicArn);
  const sub = await clients.sns.send(
    new SubscribeCommand({
      TopicArn: topicArn,
      Protocol: 'sqs',
      Endpoint: queue.queueArn,
      Attributes: { RawMessageDelivery: 'true' },
      ReturnSubscriptionArn: true,
    }),
  );
  recordCreated(state, { type: 'snsSubscription', subscriptionArn: sub.SubscriptionArn! });
  return {
    destinationArn: topicArn,
    type: 'sns',
    via: 'a temporary queue subscribed with raw delivery, removed after',
    run: (ctx) => readQueue(clients, queue.queueUrl, topicArn, ctx, { shared: false, unwrap: parseRecord }),
  };
}
