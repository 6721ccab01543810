// Progress events: one emitter per run, stamped with the time since the run began.
import type { ProgressEvent, VerifyOptions } from './types.js';

export type Emit = (
  phase: ProgressEvent['phase'],
  message: string,
  counts?: { received?: number; expected?: number },
) => void;

export function progress(options: Pick<VerifyOptions, 'onProgress'>, started = Date.now()): Emit {
  return (phase, message, counts = {}) => {
    try {
      options.onProgress?.({ phase, message, ...counts, elapsedMs: Date.now() - started });
    } catch {
      // A broken progress callback must not break the run.
    }
  };
}
