// Undoing what a run recorded, newest first, from its state or from its state file: temporary taps
// removed, function settings a case or a tap changed put back as they were.
import { DeleteRuleCommand, RemoveTargetsCommand } from '@aws-sdk/client-eventbridge';
import {
  DeleteFunctionConcurrencyCommand,
  DeleteFunctionEventInvokeConfigCommand,
  PutFunctionConcurrencyCommand,
  PutFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import { UnsubscribeCommand } from '@aws-sdk/client-sns';
import { DeleteQueueCommand } from '@aws-sdk/client-sqs';
import { type Clients, createClients, errorCode, errorStatus } from '../clients.js';
import { type RunState, readRunState, recordRemoved, type TapResource } from '../state.js';

/**
 * Undoes everything in `state` (or in the state file), newest first. Resources already gone count as
 * removed. Returns one message per resource that could not be removed or restored.
 */
export async function cleanupTaps(stateOrFile: RunState | string, clients?: Clients): Promise<string[]> {
  const state = typeof stateOrFile === 'string' ? readRunState(stateOrFile) : stateOrFile;
  if (!state || state.created.length === 0) return [];
  const own =
    clients ?? createClients({ region: state.region, cloud: state.cloud, endpoint: state.endpoint });
  const errors: string[] = [];
  try {
    for (const r of [...state.created].reverse()) {
      const error = await restoreRecorded(own, r);
      if (error) errors.push(error);
      else recordRemoved(state, r);
    }
  } finally {
    if (!clients) own.destroy();
  }
  return errors;
}

/** Undoes one record; undefined when done (or already gone), else why not. */
export async function restoreRecorded(clients: Clients, r: TapResource): Promise<string | undefined> {
  try {
    await undo(clients, r);
    return undefined;
  } catch (err) {
    if (gone(err)) return undefined;
    const verb = r.type === 'functionConcurrency' || r.type === 'eventInvokeConfig' ? 'restore' : 'remove';
    return `could not ${verb} ${describe(r)}: ${err instanceof Error ? err.message : String(err)}`;
  }
}

async function undo(clients: Clients, r: TapResource): Promise<void> {
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
    case 'functionConcurrency':
      if (r.previous === null)
        await clients.lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: r.functionName }));
      else
        await clients.lambda.send(
          new PutFunctionConcurrencyCommand({
            FunctionName: r.functionName,
            ReservedConcurrentExecutions: r.previous,
          }),
        );
      return;
    case 'eventInvokeConfig':
      if (r.previous === null)
        await clients.lambda.send(
          new DeleteFunctionEventInvokeConfigCommand({
            FunctionName: r.functionName,
            Qualifier: r.qualifier,
          }),
        );
      else
        await clients.lambda.send(
          new PutFunctionEventInvokeConfigCommand({
            FunctionName: r.functionName,
            Qualifier: r.qualifier,
            ...r.previous,
          }),
        );
      return;
  }
}

function describe(r: TapResource): string {
  switch (r.type) {
    case 'sqsQueue':
      return `queue ${r.queueUrl}`;
    case 'snsSubscription':
      return `subscription ${r.subscriptionArn}`;
    case 'eventsRule':
      return `rule ${r.ruleName} on ${r.eventBusName}`;
    case 'functionConcurrency':
      return `the reserved concurrency of ${r.functionName} (${r.previous ?? 'none'})`;
    case 'eventInvokeConfig':
      return `the EventInvokeConfig of ${r.functionName}:${r.qualifier}${r.previous ? '' : ' (none)'}`;
  }
}

function gone(err: unknown): boolean {
  return errorStatus(err) === 404 || /NotFound|NonExistent|DoesNotExist/.test(errorCode(err) ?? '');
}
