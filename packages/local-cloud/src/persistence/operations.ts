// The write-through hook for a service whose state is small: after each operation that may change it (ran
// or failed), the service's state is saved, before the answer goes out.
import type { Operation, Operations } from '../protocol/service.js';

/**
 * `operations`, each that is not `readOnly` followed by `save`; the same table when there is nothing to save
 * (no --state-dir), so memory-only clouds pay nothing.
 */
export function savingAfter<C>(
  operations: Operations<C>,
  save: (() => void) | undefined,
  readOnly: (name: string) => boolean,
): Operations<C> {
  if (!save) return operations;
  const out: Record<string, Operation<C, never, unknown>> = {};
  for (const [name, run] of Object.entries(operations)) {
    out[name] = readOnly(name)
      ? run
      : async (ctx: C, input: never) => {
          try {
            return await run(ctx, input);
          } finally {
            save();
          }
        };
  }
  return out;
}

/** Operations that only read: Get*, List*, Describe*, Head*. */
export const READS = /^(Get|List|Describe|Head)/;
