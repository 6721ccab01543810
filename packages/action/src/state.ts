// What the main step leaves for the post step: where the verifier records its taps and what it did to
// the stage, and whether the stage must go. The post step decides from the verifier's record alone.
import * as core from '@actions/core';
import type { Cloud } from './inputs.js';

export interface RunState {
  stage: string;
  cloud: Cloud;
  endpoint?: string;
  /** The stage must go at the end (input remove). */
  remove: boolean;
  /** The verifier's state file: the temporary taps it created, what it deployed and what it removed. */
  tapsFile: string;
}

const RUN = 'run';

export function saveRun(state: RunState): void {
  core.saveState(RUN, JSON.stringify(state));
}

export function loadRun(): RunState | undefined {
  const text = core.getState(RUN);
  try {
    return text ? (JSON.parse(text) as RunState) : undefined;
  } catch {
    return undefined;
  }
}
