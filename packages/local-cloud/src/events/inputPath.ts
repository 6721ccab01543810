// The JSONPath subset targets use to pick part of an event: `$`, `$.a.b`, `$.a[0]`, `$['a-b']`.
import type { Json } from './pattern.js';

/** Undefined when the path is malformed (refused at PutTargets); otherwise a parsed path. */
export function parseJsonPath(path: string): (string | number)[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const steps: (string | number)[] = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < path.length) {
    const m = re.exec(path);
    if (!m) return undefined;
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
    else steps.push(m[3] ?? m[4]);
  }
  return steps;
}

/** The value at the path, or undefined when the event has nothing there. */
export function selectPath(value: Json, path: string): Json | undefined {
  const steps = parseJsonPath(path);
  if (!steps) return undefined;
  let cur: Json | undefined = value;
  for (const step of steps) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? (typeof step === 'number' ? cur[step] : undefined) : cur[String(step)];
    if (cur === undefined) return undefined;
  }
  return cur;
}
