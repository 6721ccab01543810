// HTTP bindings of the rest protocols, read from the schema: which input members come from the path,
// the query string, headers and the payload, and where each output member goes. The body's own format
// (JSON or XML) is the codec's.
import type { NormalizedSchema } from '@smithy/core/schema';
import type { LocalRequest } from '../request.js';
import { kindOf, membersOf } from '../serde/kind.js';
import { MalformedInput } from '../serde/malformed.js';
import { headerDecoder, type TextDecode, textDecoder, writeText } from '../serde/text.js';

/** Reads a structure-shaped body (the whole body, or the payload member) for the codec's format. */
export type BodyReader = (
  schema: NormalizedSchema,
  body: Buffer,
  path: string,
) => Record<string, unknown> | undefined;

interface Bound {
  name: string;
  schema: NormalizedSchema;
}

export interface InputBindings {
  labels: (Bound & { decode: TextDecode })[];
  query: (Bound & { key: string; list: boolean; decode: TextDecode })[];
  queryParams?: Bound;
  headers: (Bound & { header: string; decode: TextDecode })[];
  prefixHeaders: (Bound & { prefix: string })[];
  payload?: Bound & { kind: string };
  /** Members with no binding: they travel in the body. */
  body: Bound[];
}

export function inputBindings(input: NormalizedSchema): InputBindings {
  const b: InputBindings = { labels: [], query: [], headers: [], prefixHeaders: [], body: [] };
  for (const [name, schema] of membersOf(input)) {
    const t = schema.getMergedTraits();
    if (t.httpLabel) b.labels.push({ name, schema, decode: textDecoder(schema, 'label') });
    else if (typeof t.httpQuery === 'string') {
      const list = schema.isListSchema();
      const decode = textDecoder(list ? schema.getValueSchema() : schema, 'query');
      b.query.push({ name, schema, key: t.httpQuery, list, decode });
    } else if (t.httpQueryParams) b.queryParams = { name, schema };
    else if (typeof t.httpHeader === 'string')
      b.headers.push({ name, schema, header: t.httpHeader.toLowerCase(), decode: headerDecoder(schema) });
    else if (typeof t.httpPrefixHeaders === 'string')
      b.prefixHeaders.push({ name, schema, prefix: t.httpPrefixHeaders.toLowerCase() });
    else if (t.httpPayload) b.payload = { name, schema, kind: kindOf(schema) };
    else b.body.push({ name, schema });
  }
  return b;
}

/** The operation's input from the request: bound members, then the payload or the body members. */
export function readInput(
  b: InputBindings,
  input: NormalizedSchema,
  req: LocalRequest,
  labels: Record<string, string>,
  readBody: BodyReader,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const l of b.labels) if (labels[l.name] !== undefined) out[l.name] = l.decode(labels[l.name], l.name);
  const boundKeys = new Set<string>();
  for (const q of b.query) {
    boundKeys.add(q.key);
    if (q.list) {
      const all = req.query.getAll(q.key);
      if (all.length > 0) out[q.name] = all.map((v, i) => q.decode(v, `${q.name}.${i + 1}`));
    } else {
      const v = req.query.get(q.key);
      if (v !== null) out[q.name] = q.decode(v, q.name);
    }
  }
  if (b.queryParams) {
    const listValued = b.queryParams.schema.getValueSchema().isListSchema();
    const map: Record<string, unknown> = {};
    for (const key of new Set(req.query.keys())) {
      if (boundKeys.has(key)) continue;
      map[key] = listValued ? req.query.getAll(key) : req.query.get(key);
    }
    if (Object.keys(map).length > 0) out[b.queryParams.name] = map;
  }
  for (const h of b.headers) {
    const v = req.headers[h.header];
    if (v !== undefined) out[h.name] = h.decode(Array.isArray(v) ? v.join(', ') : v, h.name);
  }
  for (const p of b.prefixHeaders) {
    const map: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (k.startsWith(p.prefix) && v !== undefined)
        map[k.slice(p.prefix.length)] = Array.isArray(v) ? v.join(', ') : v;
    }
    if (Object.keys(map).length > 0) out[p.name] = map;
  }
  if (b.payload) {
    const { name, schema, kind } = b.payload;
    if (kind === 'blob') out[name] = req.body;
    else if (kind === 'string') {
      if (req.body.length > 0) out[name] = req.body.toString('utf8');
    } else if (req.body.length > 0) out[name] = readBody(schema, req.body, name);
  } else if (b.body.length > 0 && req.body.length > 0) {
    const parsed = readBody(input, req.body, '');
    if (parsed) for (const m of b.body) if (parsed[m.name] !== undefined) out[m.name] = parsed[m.name];
  }
  return out;
}

export interface OutputBindings {
  statusMember?: string;
  headers: (Bound & { header: string })[];
  prefixHeaders: (Bound & { prefix: string })[];
  payload?: Bound & { kind: string };
  body: Bound[];
}

export function outputBindings(output: NormalizedSchema): OutputBindings {
  const b: OutputBindings = { headers: [], prefixHeaders: [], body: [] };
  for (const [name, schema] of membersOf(output)) {
    const t = schema.getMergedTraits();
    if (t.httpResponseCode) b.statusMember = name;
    else if (typeof t.httpHeader === 'string') b.headers.push({ name, schema, header: t.httpHeader });
    else if (typeof t.httpPrefixHeaders === 'string')
      b.prefixHeaders.push({ name, schema, prefix: t.httpPrefixHeaders });
    else if (t.httpPayload) b.payload = { name, schema, kind: kindOf(schema) };
    else b.body.push({ name, schema });
  }
  return b;
}

/** Status and headers of an answer from its bound members. */
export function writeBoundOutput(
  b: OutputBindings,
  output: Record<string, unknown>,
  defaultStatus: number,
): { status: number; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  for (const h of b.headers) {
    const v = output[h.name];
    if (v !== undefined && v !== null) headers[h.header] = writeText(h.schema, v, 'header');
  }
  for (const p of b.prefixHeaders) {
    const map = output[p.name] as Record<string, string> | undefined;
    for (const [k, v] of Object.entries(map ?? {})) headers[`${p.prefix}${k}`] = String(v);
  }
  const status = b.statusMember !== undefined ? output[b.statusMember] : undefined;
  if (status !== undefined && typeof status !== 'number')
    throw new MalformedInput(b.statusMember!, 'a status code', status);
  return { status: status ?? defaultStatus, headers };
}

/** The payload member's value as bytes, when it is a blob or a string. */
export function payloadBytes(value: unknown): Buffer | undefined {
  if (value === undefined || value === null) return undefined;
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  return Buffer.from(String(value));
}
