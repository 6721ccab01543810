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
  await setPolicy(clients, queue, {
    Principal: { Service: servicePrincipal },
    Condition: { ArnEquals: { 'aws:SourceArn': sourceArn } },
  });
}

/**
 * Allows a function's execution role to send to the queue: Lambda delivers a function's records with its
 * role, and in one account a queue policy naming the role grants that without changing the role.
 */
export async function allowRoleToSend(clients: Clients, queue: TempQueue, roleArn: string): Promise<void> {
  await setPolicy(clients, queue, { Principal: { AWS: roleArn } });
}

async function setPolicy(clients: Clients, queue: TempQueue, who: Record<string, unknown>): Promise<void> {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'destinations-tap',
        Effect: 'Allow',
        ...who,
        Action: 'sqs:SendMessage',
        Resource: queue.queueArn,
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
