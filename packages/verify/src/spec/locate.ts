// Maps a JSON pointer into a YAML document back to the line and column it was written at.
import { type Document, isMap, isNode, isScalar, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** `/cases/0/expect` -> `['cases', 0, 'expect']` (RFC 6901 unescaping). */
export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** `['cases', 0, 'expect']` -> `cases[0].expect`. */
export function pathToField(path: (string | number)[]): string {
  return path.reduce<string>(
    (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p),
    '',
  );
}

/**
 * The position of the node at `path`; with `key`, of that key inside the map at `path`. Falls back to
 * the deepest ancestor that exists (a missing required field is reported where its parent starts).
 */
export function locate(doc: Document, lines: LineCounter, path: (string | number)[], key?: string): Position {
  let depth = path.length;
  let node: unknown;
  while (depth >= 0) {
    node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node)) break;
    depth--;
  }
  if (key !== undefined && depth === path.length && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isNode(pair.key)) return at(lines, pair.key);
  }
  return isNode(node) ? at(lines, node) : { line: 1, column: 1 };
}

function at(lines: LineCounter, node: Node): Position {
  const offset = node.range?.[0] ?? 0;
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}
