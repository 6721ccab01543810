// The post step: removes the verifier's temporary taps, and the stage (and the services it needs) when
// `remove` is set and the verifier's record says it deployed them (in whole or in part) and did not remove
// them: a cancelled main step, a crash, or a removal that failed.
import { existsSync } from 'node:fs';
import * as core from '@actions/core';
import { cleanupTaps, leftDeployed, readRunState, removeRecordedStage } from '@destinations-action/verify';
import { errorMessage, maskCredentials, redact } from './secrets.js';
import { loadRun } from './state.js';

export async function cleanup(): Promise<void> {
  maskCredentials();
  const run = loadRun();
  if (!run) {
    core.info('Nothing to clean up: the main step stopped before it started the verifier.');
    return;
  }
  try {
    if (existsSync(run.tapsFile)) {
      const problems = await core.group('remove temporary taps', () => cleanupTaps(run.tapsFile));
      for (const problem of problems) core.warning(`Temporary tap left behind: ${redact(problem)}`);
    }
  } catch (err) {
    core.warning(`Could not remove every temporary tap: ${errorMessage(err)}`);
  }
  // An in-process local cloud went away with the main step, and its stage with it.
  const inProcess = run.cloud === 'local' && run.endpoint === undefined;
  if (!run.remove || inProcess) return;
  try {
    const state = existsSync(run.tapsFile) ? readRunState(run.tapsFile) : undefined;
    if (!state || leftDeployed(state).length === 0) return;
    await core.group(`remove stage ${run.stage}`, () => removeRecordedStage(run.tapsFile));
  } catch (err) {
    core.setFailed(`Could not remove stage ${run.stage}: ${errorMessage(err)}`);
  }
}
