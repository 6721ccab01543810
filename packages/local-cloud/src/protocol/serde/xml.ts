// The SDK's shapes as XML, driven by the schema, for awsQuery results and restXml bodies: elements are
// named by `xmlName` or the member name; lists wrap `<member>` items unless flattened; maps wrap
// `<entry><key/><value/></entry>` unless flattened; `xmlAttribute` members become attributes; elements
// come in the order of the value's keys.
import type { NormalizedSchema } from '@smithy/core/schema';
import { escapeXml } from '../xml.js';
import { kindOf, membersOf, timestampFormat } from './kind.js';

/** Writes the children of a value (a structure's members), without an element of its own. */
export type XmlContent = (value: unknown) => string;

const structCache = new Map<unknown, CompiledStruct>();

/** The members of a structure as XML elements. */
export function xmlContent(struct: NormalizedSchema): XmlContent {
  return structOf(struct).content;
}

/** A structure's writers, compiled once; a recursive reference goes through a trampoline. */
function structOf(struct: NormalizedSchema): CompiledStruct {
  const id = struct.getSchema();
  const found = structCache.get(id);
  if (found) return found;
  let real: CompiledStruct | undefined;
  structCache.set(id, { content: (v) => real!.content(v), attributes: (v) => real!.attributes(v) });
  real = compileStruct(struct);
  structCache.set(id, real);
  return real;
}

/** A whole document: the structure as its root element (`xmlName` or the shape name), with its namespace. */
export function xmlDocument(struct: NormalizedSchema, value: unknown, namespace?: string): string {
  const traits = struct.getMergedTraits();
  const name = (traits.xmlName as string | undefined) ?? struct.getName() ?? 'Result';
  const own = namespaceAttribute(traits);
  const { attributes, content } = structOf(struct);
  const fallback = namespace && !own.startsWith(' xmlns=') ? ` xmlns="${namespace}"` : '';
  const attrs = `${fallback}${own}${attributes(value)}`;
  return `<${name}${attrs}>${content(value)}</${name}>`;
}

interface CompiledStruct {
  content: XmlContent;
  attributes: (value: unknown) => string;
}

function compileStruct(struct: NormalizedSchema): CompiledStruct {
  const attrs: [string, string][] = [];
  const elements = new Map<string, (v: unknown) => string>();
  for (const [name, m] of membersOf(struct)) {
    const traits = m.getMergedTraits();
    const xmlName = (traits.xmlName as string | undefined) ?? name;
    if (traits.xmlAttribute) attrs.push([name, xmlName]);
    else elements.set(name, elementWriter(m, xmlName));
  }
  return {
    // Elements follow the value's own key order: operations build answers in the order AWS writes
    // them, which is not always the model's (SQS puts a message attribute's DataType last).
    content: (v) => {
      if (typeof v !== 'object' || v === null) return '';
      const obj = v as Record<string, unknown>;
      let out = '';
      for (const name in obj) {
        const x = obj[name];
        if (x === undefined || x === null) continue;
        const write = elements.get(name);
        if (write) out += write(x);
      }
      return out;
    },
    attributes: (v) => {
      if (typeof v !== 'object' || v === null) return '';
      const obj = v as Record<string, unknown>;
      let out = '';
      for (const [name, xmlName] of attrs) {
        const x = obj[name];
        if (x !== undefined && x !== null) out += ` ${xmlName}="${escapeXml(String(x))}"`;
      }
      return out;
    },
  };
}

/** Writes one member's value as its element(s). */
function elementWriter(m: NormalizedSchema, name: string): (v: unknown) => string {
  const kind = kindOf(m);
  const traits = m.getMergedTraits();
  const nsAttr = namespaceAttribute(traits);
  const open = `<${name}${nsAttr}>`;
  const close = `</${name}>`;
  if (kind === 'list') {
    const member = m.getValueSchema();
    const flat = Boolean(traits.xmlFlattened);
    if (flat) {
      const item = elementWriter(member, name);
      return (v) => (Array.isArray(v) ? v.map(item).join('') : '');
    }
    const item = elementWriter(member, (member.getMergedTraits().xmlName as string | undefined) ?? 'member');
    return (v) => (Array.isArray(v) ? `${open}${v.map(item).join('')}${close}` : '');
  }
  if (kind === 'map') {
    const keyName = (m.getKeySchema().getMergedTraits().xmlName as string | undefined) ?? 'key';
    const valueSchema = m.getValueSchema();
    const valueName = (valueSchema.getMergedTraits().xmlName as string | undefined) ?? 'value';
    const value = elementWriter(valueSchema, valueName);
    const entry = (k: string, x: unknown) => `<${keyName}>${escapeXml(k)}</${keyName}>${value(x)}`;
    if (traits.xmlFlattened) {
      return (v) =>
        Object.entries(v as Record<string, unknown>)
          .filter(([, x]) => x !== undefined && x !== null)
          .map(([k, x]) => `${open}${entry(k, x)}${close}`)
          .join('');
    }
    return (v) =>
      `${open}${Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== undefined && x !== null)
        .map(([k, x]) => `<entry>${entry(k, x)}</entry>`)
        .join('')}${close}`;
  }
  if (kind === 'struct') {
    const compiled = structOf(m);
    return (v) => {
      const a = compiled.attributes(v);
      return `<${name}${nsAttr}${a}>${compiled.content(v)}</${name}>`;
    };
  }
  const format = timestampFormat(m) ?? 'date-time';
  return (v) => `${open}${escapeXml(scalarText(v, format))}${close}`;
}

/**
 * ` xmlns="uri"` or ` xmlns:prefix="uri"` from an `xmlNamespace` trait, which the SDK's schemas hold as
 * `[prefix, uri]` (S3's Grantee declares `xsi` for its `xsi:type` attribute); empty without one.
 */
function namespaceAttribute(traits: Record<string, unknown>): string {
  const [prefix, uri] = (traits.xmlNamespace as [string | undefined, string | undefined] | undefined) ?? [];
  if (!uri) return '';
  return ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${escapeXml(uri)}"`;
}

function scalarText(v: unknown, format: string): string {
  if (v instanceof Date) {
    if (format === 'epoch-seconds') return String(v.getTime() / 1000);
    return format === 'http-date' ? v.toUTCString() : v.toISOString();
  }
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
  return String(v);
}
