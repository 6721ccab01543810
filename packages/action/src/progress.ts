// Verifier progress as the job log shows it: one collapsible group per phase, collect lines thinned out.
import * as core from '@actions/core';
import type { ProgressEvent } from '@destinations-action/verify';
import { redact } from './secrets.js';

const TITLES: Record<ProgressEvent['phase'], string> = {
  deploy: 'deploy',
  resolve: 'resolve the function',
  preflight: 'preflight',
  tap: 'tap the destinations',
  fire: 'fire',
  collect: 'collect',
  judge: 'judge',
  cleanup: 'clean up',
  remove: 'remove the stage',
};

/** Collect reports often; a line every this many milliseconds is enough for a CI log. */
const COLLECT_EVERY_MS = 5_000;

export interface ProgressLog {
  onProgress(event: ProgressEvent): void;
  /** Closes the open group, if any. */
  end(): void;
}

export function progressLog(): ProgressLog {
  let phase: ProgressEvent['phase'] | undefined;
  let lastCollect = Number.NEGATIVE_INFINITY;
  const end = () => {
    if (phase !== undefined) core.endGroup();
    phase = undefined;
  };
  return {
    onProgress(event) {
      if (event.phase !== phase) {
        end();
        core.startGroup(TITLES[event.phase] ?? event.phase);
        phase = event.phase;
        lastCollect = Number.NEGATIVE_INFINITY;
      }
      if (event.phase === 'collect') {
        const done = event.expected !== undefined && event.received === event.expected;
        if (!done && event.elapsedMs - lastCollect < COLLECT_EVERY_MS) return;
        lastCollect = event.elapsedMs;
      }
      core.info(`[${(event.elapsedMs / 1000).toFixed(1)} s] ${redact(event.message)}`);
    },
    end,
  };
}
