// The temporary resources taps create, kept in an object (and optionally a file) so they can always be
// removed: in finally blocks, on SIGINT/SIGTERM, or by a later process (the Action's post step).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { DeleteRuleCommand, RemoveTargetsCommand } from '@aws-sdk/client-eventbridge';
import { UnsubscribeCommand } from '@aws-sdk/client-sns';
import { DeleteQueueCommand } from '@aws-sdk/client-sqs';
import { type Clients, createClients, errorCode, errorStatus } from '../clients.js';
import type { Cloud } from '../types.js';

export type TapResource =
  | { type: 'sqsQueue'; queueUrl: string }
  | { type: 'snsSubscription'; subscriptionArn: string }
  | { type: 'eventsRule'; eventBusName: string; ruleName: string; targetIds: string[] };

export interface TapState {
  version: 1;
  region: string;
  cloud: Cloud;
  endpoint?: string;
  /** In creation order; removed in reverse. */
  created: TapResource[];
  /** Where this state is mirrored, if anywhere. */
  file?: string;
}

export function newTapState(clients: Clients, file?: string): TapState {
  return {
    version: 1,
    region: clients.region,
    cloud: clients.cloud,
    endpoint: clients.endpoint,
    created: [],
    file,
  };
}

export function recordCreated(state: TapState, resource: TapResource): void {
  state.created.push(resource);
  save(state);
}

function save(state: TapState): void {
  if (!state.file) return;
  if (state.created.length === 0) {
    rmSync(state.file, { force: true });
    return;
  }
  const { file: _file, ...rest } = state;
  writeFileSync(state.file, `${JSON.stringify(rest, null, 2)}\n`);
}

export function readTapState(file: string): TapState | undefined {
  if (!existsSync(file)) return undefined;
  return { ...(JSON.parse(readFileSync(file, 'utf8')) as TapState), file };
}

/**
 * Removes every temporary tap resource in `state` (or in the state file), newest first. Resources
 * already gone count as removed. Returns one message per resource that could not be removed.
 */
export async function cleanupTaps(stateOrFile: TapState | string, clients?: Clients): Promise<string[]> {
  const state = typeof stateOrFile === 'string' ? readTapState(stateOrFile) : stateOrFile;
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
      state.created.splice(state.created.indexOf(r), 1);
      save(state);
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
