// v1's JSON-Patch-like `patchOperations` (`{op, path, value}`) applied to a record through a table of the
// paths each resource accepts; a path outside the table is refused as API Gateway refuses it.
import type { PatchOperation } from '@aws-sdk/client-api-gateway';
import { badRequest } from './errors.js';

export interface PatchRule<T> {
  path: RegExp;
  /** `value` is undefined for `remove`; `m` is the path's match. */
  apply(target: T, op: string, value: string | undefined, m: RegExpExecArray): void;
}

/** `~1` and `~0` are JSON Pointer's escapes of `/` and `~`. */
export const unescapePointer = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** `keepRemoveValue`: a `remove` whose value names what to remove (usage plans' `/apiStages`). */
export function applyPatches<T>(
  target: T,
  ops: PatchOperation[] | undefined,
  rules: PatchRule<T>[],
  keepRemoveValue = false,
): void {
  for (const p of ops ?? []) {
    const op = p.op ?? 'replace';
    const path = p.path ?? '';
    if (!['add', 'remove', 'replace', 'copy', 'move', 'test'].includes(op))
      throw badRequest(
        `Invalid patch operation specified. Must be one of: [add, remove, move, test, replace, copy]`,
      );
    let applied = false;
    for (const rule of rules) {
      const m = rule.path.exec(path);
      if (!m) continue;
      rule.apply(target, op, op === 'remove' && !keepRemoveValue ? undefined : p.value, m);
      applied = true;
      break;
    }
    if (!applied) throw badRequest(`Invalid patch path '${path}' specified for op '${op}'.`);
  }
}

/** A rule setting one top-level member: a string, or a number or boolean parsed from the patch's text. */
export function scalar<T>(member: string, kind: 'string' | 'number' | 'boolean' = 'string'): PatchRule<T> {
  return {
    path: new RegExp(`^/${member}$`),
    apply(target, op, value) {
      const t = target as Record<string, unknown>;
      if (op === 'remove' || value === undefined) delete t[member];
      else if (kind === 'number') t[member] = Number(value);
      else if (kind === 'boolean') t[member] = value === 'true';
      else t[member] = value;
    },
  };
}

/** A rule setting one entry of a string map member (`/variables/<name>`). */
export function mapEntry<T>(member: string): PatchRule<T> {
  return {
    path: new RegExp(`^/${member}/(.+)$`),
    apply(target, op, value, m) {
      const t = target as Record<string, Record<string, string> | undefined>;
      const map = { ...(t[member] ?? {}) };
      const name = unescapePointer(m[1]);
      if (op === 'remove' || value === undefined) delete map[name];
      else map[name] = value;
      t[member] = map;
    },
  };
}
