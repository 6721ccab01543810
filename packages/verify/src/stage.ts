// The stage of an e2e run, and the services it needs, deployed and removed through
// @destinations-action/deploy and recorded in the run's state as it goes, so whoever comes after (the
// run's own finally, the Action's post step) knows from the record, not from a log, what is still there.
import {
  deployStage,
  type PackagedService,
  removeStage,
  type StageDeployed,
  type StageTarget,
} from '@destinations-action/deploy';
import { type RunState, readRunState, recordNeed, recordStage, type StageRecord } from './state.js';

type Recorder = (record: StageRecord) => void;

/** Records the stage before its deploy starts (a deploy can fail half-way) and again when it ended. */
export async function deployRecordedStage(
  state: RunState,
  target: StageTarget,
  options: { onOutput?: (line: string) => void; packaged?: PackagedService } = {},
): Promise<StageDeployed> {
  return deployRecorded((r) => recordStage(state, r), target, options);
}

/** The same for a service the stage needs, deployed before it. */
export async function deployRecordedNeed(
  state: RunState,
  target: StageTarget,
  options: { onOutput?: (line: string) => void } = {},
): Promise<StageDeployed> {
  const index = state.needs?.length ?? 0;
  return deployRecorded((r) => recordNeed(state, index, r), target, options);
}

async function deployRecorded(
  record: Recorder,
  target: StageTarget,
  options: { onOutput?: (line: string) => void; packaged?: PackagedService },
): Promise<StageDeployed> {
  record({ target, deployed: false, removed: false });
  const done = await deployStage(target, options);
  const stackName = done.stackName ?? target.stackName;
  record({ target: { ...target, stackName }, deployed: true, removed: false });
  return done;
}

/** What a run deployed, in whole or in part, and did not remove: the stage, then the services it needs. */
export function leftDeployed(state: RunState): StageRecord[] {
  return [state.stage, ...(state.needs ?? [])].filter((r): r is StageRecord => r !== undefined && !r.removed);
}

/**
 * Removes the stage a run recorded as deployed, in whole or in part, and not removed yet, then the services
 * it needs, the last deployed first; records each removal, or why it failed (and throws the first failure
 * once every removal was tried). Returns the stage's record, or undefined when there was nothing to remove.
 */
export async function removeRecordedStage(stateOrFile: RunState | string): Promise<StageRecord | undefined> {
  const state = typeof stateOrFile === 'string' ? readRunState(stateOrFile) : stateOrFile;
  if (!state || leftDeployed(state).length === 0) return undefined;
  const failures: unknown[] = [];
  if (state.stage && !state.stage.removed)
    await removeRecorded(state.stage, (r) => recordStage(state, r), failures);
  const needs = state.needs ?? [];
  for (let i = needs.length - 1; i >= 0; i--) {
    if (!needs[i].removed) await removeRecorded(needs[i], (r) => recordNeed(state, i, r), failures);
  }
  if (failures.length) throw failures[0];
  return state.stage;
}

async function removeRecorded(stage: StageRecord, record: Recorder, failures: unknown[]): Promise<void> {
  try {
    await removeStage(stage.target);
  } catch (err) {
    record({ ...stage, removeError: err instanceof Error ? err.message : String(err) });
    failures.push(err);
    return;
  }
  const { removeError: _, ...rest } = stage;
  record({ ...rest, removed: true });
}
