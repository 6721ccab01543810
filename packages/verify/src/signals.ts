// Runs a cleanup when the process is told to stop (SIGINT/SIGTERM), then lets the signal take its course.

/** Installs the handlers; the returned function removes them. */
export function onTerminate(cleanup: () => Promise<unknown>): () => void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  let running = false;
  const handler = (signal: NodeJS.Signals) => {
    if (running) return;
    running = true;
    cleanup()
      .catch(() => undefined)
      .finally(() => {
        remove();
        // Re-raise, so the default action (or the host's own handler) ends the process as it would have.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
  };
  const remove = () => {
    for (const s of signals) process.off(s, handler);
  };
  for (const s of signals) process.on(s, handler);
  return remove;
}
