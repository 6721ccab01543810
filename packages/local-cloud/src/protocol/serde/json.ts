// JSON values to and from the SDK's shapes, driven by the schema: blobs are base64, timestamps epoch
// seconds (unless the schema says otherwise), and a value of the wrong type is a MalformedInput.
//
// Each schema is compiled once into a closure, so a request pays for a walk of its own members only.
import type { NormalizedSchema } from '@smithy/core/schema';
import { kindOf, membersOf, timestampFormat } from './kind.js';
import { join, MalformedInput } from './malformed.js';

export type Decode = (value: unknown, path: string) => unknown;
export type Encode = (value: unknown) => unknown;

export interface JsonOptions {
  /** restJson reads and writes members under their `jsonName`; the awsJson protocols do not. */
  jsonName: boolean;
}

const identity = (v: unknown) => v;
type Cache<T> = Map<unknown, T>;

const decoderCaches = new Map<boolean, Cache<Decode>>();
const encoderCaches = new Map<boolean, Cache<Encode | undefined>>();

function cacheFor<T>(caches: Map<boolean, Cache<T>>, options: JsonOptions): Cache<T> {
  let c = caches.get(options.jsonName);
  if (!c) {
    c = new Map();
    caches.set(options.jsonName, c);
  }
  return c;
}

const keyOf = (name: string, member: NormalizedSchema, options: JsonOptions): string =>
  (options.jsonName && (member.getMergedTraits().jsonName as string | undefined)) || name;

/** A decoder for values of this schema, as JSON.parse gave them. */
export function jsonDecoder(ns: NormalizedSchema, options: JsonOptions): Decode {
  const cache = cacheFor(decoderCaches, options);
  const id = ns.getSchema();
  const found = cache.get(id);
  if (found) return found;
  // Recursive shapes: a reference to a shape still being compiled goes through this trampoline.
  let compiled: Decode | undefined;
  cache.set(id, (v, p) => compiled!(v, p));
  compiled = compileDecoder(ns, options);
  cache.set(id, compiled);
  return compiled;
}

function compileDecoder(ns: NormalizedSchema, options: JsonOptions): Decode {
  switch (kindOf(ns)) {
    case 'string':
      return (v, p) => {
        if (typeof v !== 'string') throw new MalformedInput(p, 'a string', v);
        return v;
      };
    case 'number':
      return (v, p) => {
        if (typeof v === 'number') return v;
        // Non-finite floats travel as strings in AWS's JSON protocols.
        if (v === 'NaN' || v === 'Infinity' || v === '-Infinity') return Number(v);
        throw new MalformedInput(p, 'a number', v);
      };
    case 'boolean':
      return (v, p) => {
        if (typeof v !== 'boolean') throw new MalformedInput(p, 'a boolean', v);
        return v;
      };
    case 'blob':
      return (v, p) => {
        if (typeof v !== 'string' || !BASE64.test(v)) throw new MalformedInput(p, 'a base64 string', v);
        return Buffer.from(v, 'base64');
      };
    case 'timestamp':
      return (v, p) => {
        if (typeof v === 'number') return new Date(v * 1000);
        if (typeof v === 'string') {
          const d = new Date(/^-?\d+(\.\d+)?$/.test(v) ? Number(v) * 1000 : v);
          if (!Number.isNaN(d.getTime())) return d;
        }
        throw new MalformedInput(p, 'a timestamp', v);
      };
    case 'bigInteger':
    case 'bigDecimal':
      return (v, p) => {
        if (typeof v !== 'number' && typeof v !== 'string') throw new MalformedInput(p, 'a number', v);
        return v;
      };
    case 'document':
    case 'unit':
      return identity;
    case 'list': {
      const item = jsonDecoder(ns.getValueSchema(), options);
      const sparse = Boolean(ns.getMergedTraits().sparse);
      return (v, p) => {
        if (!Array.isArray(v)) throw new MalformedInput(p, 'a list', v);
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const x = v[i];
          out[i] = x === null && sparse ? null : item(x, join(p, i + 1));
        }
        return out;
      };
    }
    case 'map': {
      const value = jsonDecoder(ns.getValueSchema(), options);
      const sparse = Boolean(ns.getMergedTraits().sparse);
      return (v, p) => {
        if (!isObject(v)) throw new MalformedInput(p, 'a map', v);
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(v)) {
          const x = v[k];
          // Only a sparse map may hold null; in any other, null is a value of the wrong type.
          out[k] = x === null && sparse ? null : value(x, join(p, k));
        }
        return out;
      };
    }
    case 'struct': {
      const members = membersOf(ns).map(
        ([name, m]) => [name, keyOf(name, m, options), jsonDecoder(m, options)] as const,
      );
      return (v, p) => {
        if (!isObject(v)) throw new MalformedInput(p, 'a structure', v);
        const out: Record<string, unknown> = {};
        for (const [name, key, decode] of members) {
          const x = v[key];
          if (x !== undefined && x !== null) out[name] = decode(x, join(p, name));
        }
        return out;
      };
    }
  }
}

/**
 * An encoder for values of this schema into what JSON.stringify should write, or undefined where the
 * value can be written as it is (no blob, timestamp or renamed member anywhere below).
 */
export function jsonEncoder(ns: NormalizedSchema, options: JsonOptions): Encode | undefined {
  const cache = cacheFor(encoderCaches, options);
  const id = ns.getSchema();
  if (cache.has(id)) return cache.get(id);
  let compiled: Encode | undefined;
  // A recursive shape is assumed to need work; the trampoline stands in while it compiles.
  cache.set(id, (v) => (compiled ?? identity)(v));
  compiled = compileEncoder(ns, options);
  cache.set(id, compiled);
  return compiled;
}

/** An encoder that always returns a value (identity where nothing needs doing). */
export function jsonWriter(ns: NormalizedSchema, options: JsonOptions): Encode {
  return jsonEncoder(ns, options) ?? identity;
}

function compileEncoder(ns: NormalizedSchema, options: JsonOptions): Encode | undefined {
  switch (kindOf(ns)) {
    case 'blob':
      return (v) => (typeof v === 'string' ? Buffer.from(v).toString('base64') : toBase64(v));
    case 'timestamp': {
      const format = timestampFormat(ns) ?? 'epoch-seconds';
      return (v) => (v instanceof Date ? writeTimestamp(v, format) : v);
    }
    case 'number':
      return (v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);
    case 'list': {
      const item = jsonEncoder(ns.getValueSchema(), options);
      if (!item) return undefined;
      return (v) => (Array.isArray(v) ? v.map((x) => (x === null || x === undefined ? x : item(x))) : v);
    }
    case 'map': {
      const value = jsonEncoder(ns.getValueSchema(), options);
      if (!value) return undefined;
      return (v) => {
        if (!isObject(v)) return v;
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(v)) if (v[k] !== undefined) out[k] = value(v[k]);
        return out;
      };
    }
    case 'struct': {
      const members = membersOf(ns).map(
        ([name, m]) => [name, keyOf(name, m, options), jsonEncoder(m, options)] as const,
      );
      if (members.every(([name, key, encode]) => name === key && !encode)) return undefined;
      const byName = new Map(members.map(([name, key, encode]) => [name, { key, encode }] as const));
      // The answer keeps the key order of the object the operation returned, as the contract promises.
      return (v) => {
        if (!isObject(v)) return v;
        const out: Record<string, unknown> = {};
        for (const name of Object.keys(v)) {
          const member = byName.get(name);
          const x = v[name];
          if (member && x !== undefined && x !== null) out[member.key] = member.encode ? member.encode(x) : x;
        }
        return out;
      };
    }
    default:
      return undefined;
  }
}

export function writeTimestamp(
  d: Date,
  format: 'date-time' | 'http-date' | 'epoch-seconds',
): string | number {
  if (format === 'epoch-seconds') return d.getTime() / 1000;
  if (format === 'http-date') return d.toUTCString();
  return d.toISOString();
}

export function toBase64(v: unknown): unknown {
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
  return v;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
