// Requests dynalite 4 would answer as done while ignoring part of them: refused here instead, so a client
// never believes in a change that did not happen (each is listed in FIDELITY.md).
import type { AwsError } from '../protocol/errors.js';
import type { Replayed } from './dynalite.js';
import { indexChangeNotServed } from './errors.js';

/** The refusal for a request dynalite would half serve, else undefined (most requests are not parsed). */
export function unserved(operation: string, request: Replayed): AwsError | undefined {
  if (operation !== 'UpdateTable') return undefined;
  let body: { GlobalSecondaryIndexUpdates?: unknown } | null;
  try {
    body = JSON.parse(request.body.toString('utf8'));
  } catch {
    return undefined;
  }
  // dynalite updates an index's throughput, but creates and deletes none.
  // Anything but a list of objects is dynalite's to refuse, as a wrong type.
  const updates = body?.GlobalSecondaryIndexUpdates;
  const change =
    Array.isArray(updates) &&
    updates.some((u: { Create?: unknown; Delete?: unknown } | null) => u?.Create || u?.Delete);
  return change ? indexChangeNotServed() : undefined;
}
