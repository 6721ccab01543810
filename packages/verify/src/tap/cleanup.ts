// Removing the temporary taps a run recorded, newest first, from its state or from its state file.
import { DeleteRuleCommand, RemoveTargetsCommand } from '@aws-sdk/client-eventbridge';
import { UnsubscribeCommand } from '@aws-sdk/client-sns';
import { DeleteQueueCommand } from '@aws-sdk/client-sqs';
import { type Clients, createClients, errorCode, errorStatus } from '../clients.js';
import { type RunState, readRunState, recordRemoved, type TapResource } from '../state.js';

/**
 * Removes every temporary tap resource in `state` (or in the state file), newest first. Resources
 * already gone count as removed. Returns one message per resource that could not be removed.
 */
export async function cleanupTaps(stateOrFile: RunState | string, clients?: Clients): Promise<string[]> {
  const state = typeof stateOrFile === 'string' ? readRunState(stateOrFile) : stateOrFile;
  if (!state || state.created.length === 0) return [];
  const own =
    clients ?? createClients({ region: state.region, cloud: state.cloud, endpoint: state.endpoint });
  const errors: string[] = [];
  try {
    for (const r of [...state.created].reverse()) {
      try {
        await remove(own, r);
      } catch (err) {
        if (!gone(err)) {
          errors.push(`could not remove ${describe(r)}: ${err instanceof Error ? err.message : String(err)}`);
          continue;
        }
      }
      recordRemoved(state, r);
    }
  } finally {
    if (!clients) own.destroy();
  }
  return errors;
}

async function remove(clients: Clients, r: TapResource): Promise<void> {
  switch (r.type) {
    case 'sqsQueue':
      await clients.sqs.send(new DeleteQueueCommand({ QueueUrl: r.queueUrl }));
      return;
    case 'snsSubscription':
      await clients.sns.send(new UnsubscribeCommand({ SubscriptionArn: r.subscriptionArn }));
      return;
    case 'eventsRule':
      if (r.targetIds.length)
        await clients.events.send(
          new RemoveTargetsCommand({ Rule: r.ruleName, EventBusName: r.eventBusName, Ids: r.targetIds }),
        );
      await clients.events.send(new DeleteRuleCommand({ Name: r.ruleName, EventBusName: r.eventBusName }));
      return;
  }
}

function describe(r: TapResource): string {
  if (r.type === 'sqsQueue') return `queue ${r.queueUrl}`;
  if (r.type === 'snsSubscription') return `subscription ${r.subscriptionArn}`;
  return `rule ${r.ruleName} on ${r.eventBusName}`;
}

function gone(err: unknown): boolean {
  return errorStatus(err) === 404 || /NotFound|NonExistent|DoesNotExist/.test(errorCode(err) ?? '');
}
