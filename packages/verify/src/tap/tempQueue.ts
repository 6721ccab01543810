// A temporary SQS queue that a topic or a rule delivers to, with the queue policy AWS needs for that.
import { randomBytes } from 'node:crypto';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  SetQueueAttributesCommand,
} from '@aws-sdk/client-sqs';
import type { Clients } from '../clients.js';
import { type RunState, recordCreated } from '../state.js';

export interface TempQueue {
  queueUrl: string;
  queueArn: string;
}

/** A short random name part, so parallel runs never collide. */
export function tapName(prefix = 'destinations-tap'): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

/** Creates the queue, recorded in `state` at once so it is removed whatever happens next. */
export async function createTempQueue(clients: Clients, state: RunState, name: string): Promise<TempQueue> {
  const { QueueUrl } = await clients.sqs.send(
    new CreateQueueCommand({ QueueName: name, Attributes: { MessageRetentionPeriod: '3600' } }),
  );
  recordCreated(state, { type: 'sqsQueue', queueUrl: QueueUrl! });
  const { Attributes } = await clients.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
  );
  return { queueUrl: QueueUrl!, queueArn: Attributes!.QueueArn! };
}

/** Allows `servicePrincipal` to send to the queue on behalf of `sourceArn` only (as AWS requires). */
export async function allowSend(
  clients: Clients,
  queue: TempQueue,
  servicePrincipal: string,
  sourceArn: string,
): Promise<void> {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'destinations-tap',
        Effect: 'Allow',
        Principal: { Service: servicePrincipal },
        Action: 'sqs:SendMessage',
        Resource: queue.queueArn,
        Condition: { ArnEquals: { 'aws:SourceArn': sourceArn } },
      },
    ],
  };
  await clients.sqs.send(
    new SetQueueAttributesCommand({
      QueueUrl: queue.queueUrl,
      Attributes: { Policy: JSON.stringify(policy) },
    }),
  );
}
