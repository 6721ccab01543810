// JSON for stored state that keeps what plain JSON loses: bytes, Maps, Sets, Dates and bigints come back as
// they were.

/** `value` as JSON text; Uint8Array (Buffer), Map, Set, Date and bigint are tagged so `fromStateJson` restores them. */
export function toStateJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    // `this[key]` is the value before toJSON ran (a Buffer's toJSON and a Date's would hide their kind).
    const raw = this[key];
    if (raw instanceof Uint8Array) return { $bytes: Buffer.from(raw).toString('base64') };
    if (raw instanceof Date) return { $date: raw.toISOString() };
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    if (raw instanceof Set) return { $set: [...raw] };
    if (typeof raw === 'bigint') return { $bigint: raw.toString() };
    return v;
  });
}

export function fromStateJson<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const t = v as Partial<Record<'$bytes' | '$map' | '$set' | '$date' | '$bigint', unknown>>;
    const keys = Object.keys(v);
    if (keys.length !== 1) return v;
    if (typeof t.$bytes === 'string') return Buffer.from(t.$bytes, 'base64');
    if (typeof t.$date === 'string') return new Date(t.$date);
    if (Array.isArray(t.$map)) return new Map(t.$map as [unknown, unknown][]);
    if (Array.isArray(t.$set)) return new Set(t.$set);
    if (typeof t.$bigint === 'string') return BigInt(t.$bigint);
    return v;
  }) as T;
}
