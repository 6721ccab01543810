// What a run records so that it can always be cleaned up, in finally blocks, on SIGINT/SIGTERM, or by a
// later process (the Action's post step): the temporary taps it created, the function settings it changed
// for a case or a tap (with what they were), and what it did to the stage. Kept in an object and, when a
// file is given, mirrored there after every change.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { DestinationConfig } from '@aws-sdk/client-lambda';
import type { StageTarget } from '@destinations-action/deploy';
import type { Cloud } from './types.js';

/** A function's EventInvokeConfig as it was, to put back. */
export interface EventInvokeConfigSnapshot {
  MaximumRetryAttempts?: number;
  MaximumEventAgeInSeconds?: number;
  DestinationConfig?: DestinationConfig;
}

/** Something a run made or changed, undone newest first: a temporary resource removed, a setting restored. */
export type TapResource =
  | { type: 'sqsQueue'; queueUrl: string }
  | { type: 'snsSubscription'; subscriptionArn: string }
  | { type: 'eventsRule'; eventBusName: string; ruleName: string; targetIds: string[] }
  /** Reserved concurrency set for a case; `previous` null: none was reserved. */
  | { type: 'functionConcurrency'; functionName: string; previous: number | null }
  /** An EventInvokeConfig changed for a case or a tap; `previous` null: the function had none. */
  | {
      type: 'eventInvokeConfig';
      functionName: string;
      qualifier: string;
      previous: EventInvokeConfigSnapshot | null;
    };

/** The stage of an e2e run: recorded when its deploy starts, updated when it ends and when it is removed. */
export interface StageRecord {
  /** Where and how it was deployed; removeStage takes it as it is. */
  target: StageTarget;
  /** The deploy ended well; until then a stack may exist in part. */
  deployed: boolean;
  /** The stage is gone. */
  removed: boolean;
  /** Why the last removal failed, when it did. */
  removeError?: string;
}

export interface RunState {
  version: 1;
  region: string;
  cloud: Cloud;
  endpoint?: string;
  /** Temporary taps and changed settings, in the order made; undone in reverse. */
  created: TapResource[];
  stage?: StageRecord;
  /** The services the stage needs (e2e `needs`), in the order they were deployed. */
  needs?: StageRecord[];
  /** Where this state is mirrored, if anywhere. */
  file?: string;
}

export function newRunState(
  where: { region: string; cloud: Cloud; endpoint?: string },
  file?: string,
): RunState {
  return {
    version: 1,
    region: where.region,
    cloud: where.cloud,
    endpoint: where.endpoint,
    created: [],
    file,
  };
}

export function recordCreated(state: RunState, resource: TapResource): void {
  state.created.push(resource);
  save(state);
}

export function recordRemoved(state: RunState, resource: TapResource): void {
  const at = state.created.indexOf(resource);
  if (at < 0) return; // undone already (a signal's cleanup ran first)
  state.created.splice(at, 1);
  save(state);
}

export function recordStage(state: RunState, stage: StageRecord): void {
  state.stage = stage;
  save(state);
}

/** Records the `index`th service the stage needs (appended when new). */
export function recordNeed(state: RunState, index: number, need: StageRecord): void {
  state.needs ??= [];
  state.needs[index] = need;
  save(state);
}

/** A file is kept while it has something to say: taps to remove, or what was done to the stage. */
function save(state: RunState): void {
  if (!state.file) return;
  if (state.created.length === 0 && !state.stage && !state.needs?.length) {
    rmSync(state.file, { force: true });
    return;
  }
  const { file: _file, ...rest } = state;
  writeFileSync(state.file, `${JSON.stringify(rest, null, 2)}\n`);
}

export function readRunState(file: string): RunState | undefined {
  if (!existsSync(file)) return undefined;
  return { ...(JSON.parse(readFileSync(file, 'utf8')) as RunState), file };
}
