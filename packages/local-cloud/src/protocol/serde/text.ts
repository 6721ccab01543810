// Scalars as text, for the places a protocol carries them as strings: HTTP headers, query strings, path
// labels and awsQuery forms. Each decoder reads one string; lists in headers are comma-separated.
import type { NormalizedSchema } from '@smithy/core/schema';
import { type Kind, kindOf, timestampFormat } from './kind.js';
import { MalformedInput } from './malformed.js';

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const NON_FINITE = new Set(['NaN', 'Infinity', '-Infinity']);

export type TextDecode = (text: string, path: string) => unknown;
export type Place = 'header' | 'query' | 'label' | 'form' | 'xml';

/** A decoder of one scalar of this schema written as text in `place`. */
export function textDecoder(ns: NormalizedSchema, place: Place): TextDecode {
  return scalarDecoder(kindOf(ns), timestampFormat(ns), place, ns);
}

function scalarDecoder(
  kind: Kind,
  format: string | undefined,
  place: Place,
  ns: NormalizedSchema,
): TextDecode {
  switch (kind) {
    case 'number':
      return (t, p) => {
        // Decimal numbers only (Number() would also read `0x1f`, `0b1` and ` 5 `), and Smithy's NaN and
        // Infinity words.
        if (!DECIMAL.test(t) && !NON_FINITE.has(t)) throw new MalformedInput(p, 'a number', t);
        return Number(t);
      };
    case 'boolean':
      return (t, p) => {
        const l = t.toLowerCase();
        if (l === 'true') return true;
        if (l === 'false') return false;
        throw new MalformedInput(p, 'a boolean', t);
      };
    case 'blob':
      return (t) => Buffer.from(t, 'base64');
    case 'timestamp':
      return (t, p) => {
        const f = format ?? (place === 'header' ? 'http-date' : 'date-time');
        const d =
          f === 'epoch-seconds' || /^-?\d+(\.\d+)?$/.test(t) ? new Date(Number(t) * 1000) : new Date(t);
        if (Number.isNaN(d.getTime())) throw new MalformedInput(p, 'a timestamp', t);
        return d;
      };
    case 'string': {
      // A header string with the jsonvalue media type is base64-encoded JSON text.
      const media = ns.getMergedTraits().mediaType;
      if (place === 'header' && media === 'application/json')
        return (t) => Buffer.from(t, 'base64').toString();
      return (t) => t;
    }
    default:
      return (t) => t;
  }
}

/** A header's value as the member's type: lists are comma-separated (quoted items keep their commas). */
export function headerDecoder(ns: NormalizedSchema): TextDecode {
  if (!ns.isListSchema()) return textDecoder(ns, 'header');
  const item = textDecoder(ns.getValueSchema(), 'header');
  return (t, p) => splitHeader(t).map((x, i) => item(x, `${p}.${i + 1}`));
}

function splitHeader(t: string): string[] {
  const out: string[] = [];
  for (const m of t.matchAll(/\s*("(?:[^"\\]|\\.)*"|[^,]*)\s*(?:,|$)/g)) {
    if (m[0] === '' && m.index === t.length) break;
    const v = m[1];
    out.push(v.startsWith('"') ? v.slice(1, -1).replace(/\\(.)/g, '$1') : v);
  }
  return out;
}

/** A scalar as header or query text. */
export function writeText(ns: NormalizedSchema, value: unknown, place: Place): string {
  if (value instanceof Date) {
    const f = timestampFormat(ns) ?? (place === 'header' ? 'http-date' : 'date-time');
    if (f === 'epoch-seconds') return String(value.getTime() / 1000);
    return f === 'http-date' ? value.toUTCString() : value.toISOString();
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map((v) => writeText(ns.getValueSchema(), v, place)).join(', ');
  if (place === 'header' && ns.getMergedTraits().mediaType === 'application/json')
    return Buffer.from(String(value)).toString('base64');
  return String(value);
}
