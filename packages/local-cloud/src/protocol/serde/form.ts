// awsQuery forms (`Attribute.1.Name=x&AttributeName.1=All`) to the SDK's shapes, driven by the schema:
// the inverse of the SDK's own query serializer (member keys are `xmlName` or the member name; lists are
// `Key.member.N`, or `Key.N` when flattened; maps `Key.entry.N.key`/`.value`, or `Key.N.<key>` flattened).
import type { NormalizedSchema } from '@smithy/core/schema';
import { kindOf, membersOf } from './kind.js';
import { join, MalformedInput } from './malformed.js';
import { textDecoder } from './text.js';

/** One dotted segment of the form: its own value (`Key=...`) and its children (`Key.Child=...`). */
export interface FormNode {
  value?: string;
  children?: Map<string, FormNode>;
}

/** The flat form as a tree of its dotted keys. */
export function formTree(form: Iterable<[string, string]>): FormNode {
  const root: FormNode = {};
  for (const [key, value] of form) {
    let node = root;
    for (const part of key.split('.')) {
      node.children ??= new Map();
      let next = node.children.get(part);
      if (!next) {
        next = {};
        node.children.set(part, next);
      }
      node = next;
    }
    node.value = value;
  }
  return root;
}

export type FormDecode = (node: FormNode, path: string) => unknown;

const cache = new Map<unknown, FormDecode>();

/** A decoder for a form node holding a value of this schema. */
export function formDecoder(ns: NormalizedSchema): FormDecode {
  // Members carry their own xmlName/xmlFlattened, so only named shapes without member traits are shared.
  const id = ns.isMemberSchema() ? undefined : ns.getSchema();
  const found = id === undefined ? undefined : cache.get(id);
  if (found) return found;
  const compiled = compile(ns);
  if (id !== undefined) cache.set(id, compiled);
  return compiled;
}

/** The numbered children `1`, `2`, ... in order (AWS numbers from 1; gaps end nothing here). */
function numbered(node: FormNode | undefined): FormNode[] {
  if (!node?.children) return [];
  return [...node.children.entries()]
    .filter(([k]) => /^\d+$/.test(k))
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([, v]) => v);
}

function compile(ns: NormalizedSchema): FormDecode {
  const kind = kindOf(ns);
  if (kind === 'list') {
    const member = ns.getValueSchema();
    const item = formDecoder(member);
    const flat = Boolean(ns.getMergedTraits().xmlFlattened);
    const memberKey = (member.getMergedTraits().xmlName as string | undefined) ?? 'member';
    return (node, p) => {
      const items = flat ? numbered(node) : numbered(node.children?.get(memberKey));
      // `Key=` with no items is how the SDK sends an empty list.
      return items.map((n, i) => item(n, join(p, i + 1)));
    };
  }
  if (kind === 'map') {
    const keySchema = ns.getKeySchema();
    const valueSchema = ns.getValueSchema();
    const value = formDecoder(valueSchema);
    const flat = Boolean(ns.getMergedTraits().xmlFlattened);
    const keyName = (keySchema.getMergedTraits().xmlName as string | undefined) ?? 'key';
    const valueName = (valueSchema.getMergedTraits().xmlName as string | undefined) ?? 'value';
    return (node, p) => {
      const entries = flat ? numbered(node) : numbered(node.children?.get('entry'));
      const out: Record<string, unknown> = {};
      for (const e of entries) {
        const k = e.children?.get(keyName)?.value;
        if (k === undefined) throw new MalformedInput(join(p, keyName), 'a map key', undefined);
        const v = e.children?.get(valueName);
        out[k] = v === undefined ? '' : value(v, join(p, k));
      }
      return out;
    };
  }
  if (kind === 'struct') {
    const members = membersOf(ns).map(([name, m]) => {
      const key = (m.getMergedTraits().xmlName as string | undefined) ?? name;
      return [name, key, formDecoder(m)] as const;
    });
    return (node, p) => {
      const out: Record<string, unknown> = {};
      for (const [name, key, decode] of members) {
        const child = node.children?.get(key);
        if (child) out[name] = decode(child, join(p, key));
      }
      return out;
    };
  }
  const scalar = textDecoder(ns, 'form');
  return (node, p) => {
    if (node.value === undefined) throw new MalformedInput(p, 'a value', undefined);
    return scalar(node.value, p);
  };
}
