// JSON comparisons of the judge: exact equality, and the subset match used for responsePayload.

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao);
  return keys.length === Object.keys(bo).length && keys.every((k) => k in bo && deepEqual(ao[k], bo[k]));
}

/**
 * True when every key of `expected` is in `actual` with a matching value (recursively); arrays match
 * element by element at the same index, scalars by equality.
 */
export function isSubset(expected: unknown, actual: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return expected === actual;
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length < expected.length) return false;
    return expected.every((v, i) => isSubset(v, actual[i]));
  }
  const act = actual as Record<string, unknown>;
  return Object.entries(expected as Record<string, unknown>).every(
    ([k, v]) => k in act && isSubset(v, act[k]),
  );
}
