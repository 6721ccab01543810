// The small stores on disk (IAM roles and policies, SNS topics and subscriptions, EventBridge buses and
// rules): each Map of the store saved whole as records after a change, and filled back at start.
import type { StateDatabase } from './database.js';

/**
 * Fills each of `maps` from the records of `kind.<name>` (when there is a database) and answers the save
 * that writes them all back, in one transaction; undefined without a database.
 */
export function keptMaps(
  db: StateDatabase | undefined,
  kind: string,
  maps: Record<string, Map<string, unknown>>,
): (() => void) | undefined {
  if (!db) return undefined;
  for (const [name, map] of Object.entries(maps)) {
    for (const [key, value] of db.records<unknown>(`${kind}.${name}`)) map.set(key, value);
  }
  return () =>
    db.atomically(() => {
      for (const [name, map] of Object.entries(maps)) db.replaceRecords(`${kind}.${name}`, map.entries());
    });
}
