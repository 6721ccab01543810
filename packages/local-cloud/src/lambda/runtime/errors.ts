// The error payloads Lambda itself produces when an environment fails (section 6 of the reference).

export function timedOutPayload(requestId: string, timeoutSeconds: number): string {
  return JSON.stringify({
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${requestId} Error: Task timed out after ${timeoutSeconds.toFixed(2)} seconds`,
  });
}

/** `Runtime.ExitError` for a runtime that ended mid-invocation, worded as Lambda words it. */
export function exitPayload(requestId: string, code: number | null, signal: string | null): string {
  const reason =
    signal !== null
      ? `Runtime exited with error: signal: ${signal === 'SIGKILL' ? 'killed' : signal.replace(/^SIG/, '').toLowerCase()}`
      : code === 0 || code === null
        ? 'Runtime exited without providing a reason'
        : `Runtime exited with error: exit status ${code}`;
  return JSON.stringify({
    errorType: 'Runtime.ExitError',
    errorMessage: `RequestId: ${requestId} Error: ${reason}`,
  });
}

/** A runtime that failed to start at all (no interpreter, no bootstrap). */
export function invalidEntrypointPayload(requestId: string, detail: string): string {
  return JSON.stringify({
    errorType: 'Runtime.InvalidEntrypoint',
    errorMessage: `RequestId: ${requestId} Error: ${detail}`,
  });
}
