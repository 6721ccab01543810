// The stage of an e2e run, deployed and removed through @destinations-action/deploy and recorded in the
// run's state as it goes, so whoever comes after (the run's own finally, the Action's post step) knows
// from the record, not from a log, whether it is still there.
import {
  deployStage,
  type PackagedService,
  removeStage,
  type StageDeployed,
  type StageTarget,
} from '@destinations-action/deploy';
import { type RunState, readRunState, recordStage, type StageRecord } from './state.js';

/** Records the stage before its deploy starts (a deploy can fail half-way) and again when it ended. */
export async function deployRecordedStage(
  state: RunState,
  target: StageTarget,
  options: { onOutput?: (line: string) => void; packaged?: PackagedService } = {},
): Promise<StageDeployed> {
  recordStage(state, { target, deployed: false, removed: false });
  const done = await deployStage(target, options);
  const stackName = done.stackName ?? target.stackName;
  recordStage(state, { target: { ...target, stackName }, deployed: true, removed: false });
  return done;
}

/**
 * Removes the stage a run recorded as deployed, in whole or in part, and not removed yet; records the
 * removal, or why it failed (and throws). Returns the record, or undefined when there was nothing to remove.
 */
export async function removeRecordedStage(stateOrFile: RunState | string): Promise<StageRecord | undefined> {
  const state = typeof stateOrFile === 'string' ? readRunState(stateOrFile) : stateOrFile;
  const stage = state?.stage;
  if (!state || !stage || stage.removed) return undefined;
  try {
    await removeStage(stage.target);
  } catch (err) {
    recordStage(state, { ...stage, removeError: err instanceof Error ? err.message : String(err) });
    throw err;
  }
  const { removeError: _, ...rest } = stage;
  recordStage(state, { ...rest, removed: true });
  return state.stage;
}
