// The stage a run deploys to when none is given: one per pull request, else one per workflow run.

/** The parts of @actions/github's context the stage depends on. */
export interface RunContext {
  runId: number;
  payload: { pull_request?: { number: number } };
}

/** `pr<number>` for any pull-request event, so each push to it reuses its stage; `gh<run id>` otherwise. */
export function deriveStage(context: RunContext): string {
  const pr = context.payload.pull_request?.number;
  return pr === undefined ? `gh${context.runId}` : `pr${pr}`;
}
