// A tiny XML writer for awsQuery and restXml answers: escaping and element nesting, nothing more.

export function escapeXml(s: string): string {
  return s.replace(/[&<>"'\r]/g, (c) =>
    c === '&'
      ? '&amp;'
      : c === '<'
        ? '&lt;'
        : c === '>'
          ? '&gt;'
          : c === '"'
            ? '&quot;'
            : c === "'"
              ? '&apos;'
              : '&#xD;',
  );
}

export type XmlValue = string | number | boolean | null | undefined | XmlNode | XmlValue[];
export interface XmlNode {
  [name: string]: XmlValue;
}

/**
 * Serialises a plain object: keys become elements, arrays repeat their element name, `undefined` and
 * `null` are left out. Key order is kept, so callers control element order as AWS sends it.
 */
export function toXml(node: XmlNode): string {
  let out = '';
  for (const [name, value] of Object.entries(node)) out += element(name, value);
  return out;
}

/** One element, or nothing when the value is undefined or null. */
export function element(name: string, value: XmlValue): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => element(name, v)).join('');
  if (typeof value === 'object') return `<${name}>${toXml(value)}</${name}>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** Wraps already-serialised children in one element. */
export function wrap(name: string, inner: string, attrs = ''): string {
  return `<${name}${attrs ? ` ${attrs}` : ''}>${inner}</${name}>`;
}
