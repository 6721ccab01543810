// Stable JSON with sorted keys, to compare templates, parameters and properties.
export function canonical(v: unknown): string {
  return JSON.stringify(v ?? null, (_k, value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}
