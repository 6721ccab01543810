// SIGINT/SIGTERM for the CLI: the first stops the run through its AbortSignal (taps removed, an e2e stage
// removed as after any failure), the second ends the process at once; either way the exit code is 128 + the
// signal's number, as shells report a process a signal ended (130, 143).
import { constants } from 'node:os';

export interface StopSignals {
  signal: AbortSignal;
  /** The signal received, if any. */
  received(): NodeJS.Signals | undefined;
  /** 128 + the signal's number. */
  exitCode(): number;
  dispose(): void;
}

export function stopOnSignals(onFirst: (signal: NodeJS.Signals) => void): StopSignals {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const code = () => 128 + (received ? constants.signals[received] : 0);
  const handler = (signal: NodeJS.Signals) => {
    if (received) process.exit(code());
    received = signal;
    onFirst(signal);
    controller.abort(new Error(`stopped by ${signal}`));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    received: () => received,
    exitCode: code,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
