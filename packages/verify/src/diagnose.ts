// Why records are missing, read from the functions' own logs: a runtime that failed to start (no
// interpreter, no bootstrap) leaves its error there, where no destination ever sees it.
import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { Clients } from './clients.js';

/** Errors Lambda writes when an execution environment could not start its runtime. */
const START_FAILURE = /"errorType"\s*:\s*"(Runtime\.InvalidEntrypoint|Runtime\.ExitError)"/;

/** For each function named that logged a start failure since `since`: the error message it logged. */
export async function startFailures(
  clients: Clients,
  functionNames: string[],
  since: number,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const name of new Set(functionNames)) {
    try {
      const out = await clients.logs.send(
        new FilterLogEventsCommand({ logGroupName: `/aws/lambda/${name}`, startTime: since, limit: 1000 }),
      );
      for (const e of out.events ?? []) {
        const m = START_FAILURE.exec(e.message ?? '');
        if (!m) continue;
        const body = JSON.parse(e.message!.slice(e.message!.indexOf('{'))) as { errorMessage?: string };
        // "RequestId: <id> Error: spawn python3 ENOENT" -> "Runtime.InvalidEntrypoint: spawn python3 ENOENT"
        found.set(name, `${m[1]}: ${(body.errorMessage ?? '').replace(/^RequestId: \S+ Error: /, '')}`);
        break;
      }
    } catch {
      // No log group (never invoked), or logs not readable: nothing to say.
    }
  }
  return found;
}
