// The post step: removes the verifier's temporary taps, and the stage when the Action deployed it and
// `remove` is set but the main step did not get to remove it (a cancel, a crash).
import { existsSync } from 'node:fs';
import * as core from '@actions/core';
import { cleanupTaps } from '@destinations-action/verify';
import { removeStage } from './removeStage.js';
import { maskCredentials } from './secrets.js';
import { loadRun } from './state.js';

export async function cleanup(): Promise<void> {
  maskCredentials();
  const { run, settled } = loadRun();
  if (!run) {
    core.info('Nothing to clean up: the main step stopped before it started the verifier.');
    return;
  }
  try {
    if (existsSync(run.tapsFile)) {
      const problems = await core.group('remove temporary taps', () => cleanupTaps(run.tapsFile));
      for (const problem of problems) core.warning(`Temporary tap left behind: ${problem}`);
    }
  } catch (err) {
    core.warning(`Could not remove every temporary tap: ${err instanceof Error ? err.message : err}`);
  }
  // An in-process local cloud went away with the main step, and its stage with it.
  const inProcess = run.cloud === 'local' && run.endpoint === undefined;
  if (settled || !run.deploy || !run.remove || inProcess) return;
  try {
    await core.group(`remove stage ${run.stage}`, () =>
      removeStage({
        serviceDir: run.serviceDir,
        stage: run.stage,
        region: run.region,
        cloud: run.cloud,
        endpoint: run.endpoint,
        serverlessCommand: run.serverlessCommand,
      }),
    );
  } catch (err) {
    core.setFailed(`Could not remove stage ${run.stage}: ${err instanceof Error ? err.message : err}`);
  }
}
