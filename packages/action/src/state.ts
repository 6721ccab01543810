// What the main step leaves for the post step: enough to remove taps and the stage after a cancel.
import * as core from '@actions/core';
import type { Cloud } from './inputs.js';

export interface RunState {
  serviceDir: string;
  stage: string;
  region: string;
  cloud: Cloud;
  endpoint?: string;
  serverlessCommand: string;
  /** The Action deploys the stage (input deploy). */
  deploy: boolean;
  /** The stage must go at the end (input remove). */
  remove: boolean;
  /** Where the verifier lists the temporary taps it created. */
  tapsFile: string;
}

const RUN = 'run';
const SETTLED = 'settled';

export function saveRun(state: RunState): void {
  core.saveState(RUN, JSON.stringify(state));
}

/** The verifier settled the stage itself (removed it when asked), so the post step leaves it alone. */
export function saveSettled(): void {
  core.saveState(SETTLED, 'true');
}

export function loadRun(): { run?: RunState; settled: boolean } {
  const text = core.getState(RUN);
  let run: RunState | undefined;
  try {
    run = text ? (JSON.parse(text) as RunState) : undefined;
  } catch {
    run = undefined;
  }
  return { run, settled: core.getState(SETTLED) === 'true' };
}
