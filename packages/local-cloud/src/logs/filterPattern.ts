// CloudWatch Logs filter patterns: terms, quoted phrases, `?` alternatives, `-` exclusions, and simple
// JSON comparisons `{ $.a.b = value && ... }`.
import { invalidFilterPattern } from './errors.js';

export type Matcher = (message: string) => boolean;

function tokens(pattern: string): string[] {
  const out: string[] = [];
  const re = /([?-]?)"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(pattern); m; m = re.exec(pattern)) {
    out.push(m[3] !== undefined ? m[3] : `${m[1]}\u0000${m[2].replace(/\\(.)/g, '$1')}`);
  }
  return out;
}

function termMatcher(pattern: string): Matcher {
  const any: string[] = [];
  const all: string[] = [];
  const none: string[] = [];
  for (const t of tokens(pattern)) {
    const quoted = t.includes('\u0000');
    const prefix = quoted
      ? t.slice(0, t.indexOf('\u0000'))
      : t[0] === '?' || (t[0] === '-' && t.length > 1)
        ? t[0]
        : '';
    const text = quoted ? t.slice(t.indexOf('\u0000') + 1) : t.slice(prefix.length);
    if (prefix === '?') any.push(text);
    else if (prefix === '-') none.push(text);
    else all.push(text);
  }
  if (any.length > 0) return (m) => any.some((t) => m.includes(t));
  return (m) => all.every((t) => m.includes(t)) && !none.some((t) => m.includes(t));
}

function jsonValue(doc: unknown, path: string): unknown {
  let v = doc;
  for (const part of path.split('.').slice(1)) {
    const arr = /^(\w+)\[(\d+)\]$/.exec(part);
    if (arr) v = (v as Record<string, unknown[]> | undefined)?.[arr[1]]?.[Number(arr[2])];
    else v = (v as Record<string, unknown> | undefined)?.[part];
  }
  return v;
}

function jsonMatcher(pattern: string): Matcher {
  const inner = pattern.trim().slice(1, -1).trim();
  const parts = inner.split(/\s*&&\s*/);
  const checks = parts.map((p) => {
    const m = /^(\$[\w.[\]]*)\s*(=|!=|>=|<=|>|<)\s*(?:"((?:[^"\\]|\\.)*)"|(\S+))$/.exec(p);
    if (!m) throw invalidFilterPattern(pattern);
    const [, path, op, quoted, bare] = m;
    return (doc: unknown) => {
      const v = jsonValue(doc, path);
      if (
        quoted !== undefined ||
        (bare !== undefined &&
          Number.isNaN(Number(bare)) &&
          bare !== 'true' &&
          bare !== 'false' &&
          bare !== 'NULL')
      ) {
        const want = quoted ?? bare;
        const glob = new RegExp(`^${want.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
        const eq = typeof v === 'string' && glob.test(v);
        return op === '=' ? eq : op === '!=' ? !eq : false;
      }
      if (bare === 'true' || bare === 'false')
        return op === '=' ? v === (bare === 'true') : v !== (bare === 'true');
      if (bare === 'NULL') return op === '=' ? v === null : v !== null;
      const n = Number(bare);
      if (typeof v !== 'number') return op === '!=';
      return op === '='
        ? v === n
        : op === '!='
          ? v !== n
          : op === '>'
            ? v > n
            : op === '<'
              ? v < n
              : op === '>='
                ? v >= n
                : v <= n;
    };
  });
  return (message) => {
    let doc: unknown;
    try {
      doc = JSON.parse(message);
    } catch {
      return false;
    }
    return checks.every((c) => c(doc));
  };
}

export function compileFilterPattern(pattern: string | undefined): Matcher {
  const p = (pattern ?? '').trim();
  if (p === '' || p === '""') return () => true;
  if (p.startsWith('{')) {
    if (!p.endsWith('}')) throw invalidFilterPattern(p);
    return jsonMatcher(p);
  }
  if (p.startsWith('[')) throw invalidFilterPattern(p);
  return termMatcher(p);
}
