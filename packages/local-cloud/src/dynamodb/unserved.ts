// Requests dynalite 4 would answer as done while ignoring part of them: refused here instead, so a client
// never believes in a change that did not happen (each is listed in FIDELITY.md).
import type { AwsError } from '../protocol/errors.js';
import type { Replayed } from './dynalite.js';
import { indexChangeNotServed } from './errors.js';

/** The refusal for a request dynalite would half serve, else undefined (most requests are not parsed). */
export function unserved(operation: string, request: Replayed): AwsError | undefined {
  if (operation !== 'UpdateTable') return undefined;
  let body: { GlobalSecondaryIndexUpdates?: { Create?: unknown; Delete?: unknown }[] };
  try {
    body = JSON.parse(request.body.toString('utf8'));
  } catch {
    return undefined;
  }
  // dynalite updates an index's throughput, but creates and deletes none.
  const change = (body.GlobalSecondaryIndexUpdates ?? []).some((u) => u?.Create || u?.Delete);
  return change ? indexChangeNotServed() : undefined;
}
