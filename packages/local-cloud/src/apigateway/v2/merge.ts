// v2's Update operations replace only the members they are given.

export function mergeGiven(target: object, changes: object): void {
  const t = target as Record<string, unknown>;
  for (const [k, v] of Object.entries(changes)) if (v !== undefined) t[k] = v;
}
