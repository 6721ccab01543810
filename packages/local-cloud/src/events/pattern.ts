// Event patterns as EventBridge matches them, shared with SNS filter policies: validation and matching.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** EventBridge patterns and SNS filter policies differ in a few operators and limits. */
export type PatternDialect = 'eventbridge' | 'sns';

/** Thrown by validatePattern with the reason AWS gives after its own prefix. */
export class PatternError extends Error {}

const NUMERIC_OPS = new Set(['<', '<=', '=', '>', '>=']);
const ANYTHING_BUT_OPS = new Set(['prefix', 'suffix', 'equals-ignore-case', 'wildcard']);

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses and checks a pattern; throws PatternError with AWS-like reasons. */
export function parsePattern(text: string, dialect: PatternDialect, nested = true): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new PatternError(dialect === 'sns' ? 'failed to parse JSON.' : 'Filter is not valid JSON');
  }
  validatePattern(parsed, dialect, nested);
  return parsed as JsonObject;
}

export function validatePattern(pattern: unknown, dialect: PatternDialect, nested = true): void {
  if (!isObject(pattern)) throw new PatternError('Filter is not an object');
  for (const [key, value] of Object.entries(pattern)) {
    if (key === '$or') {
      if (!Array.isArray(value) || value.length < 2) {
        throw new PatternError('Or relationship must be an array of at least two object patterns');
      }
      for (const alt of value) validatePattern(alt, dialect, nested);
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) throw new PatternError(`Empty arrays are not allowed`);
      for (const cond of value) validateCondition(cond, dialect);
    } else if (isObject(value)) {
      if (!nested) throw new PatternError('nested filter policy');
      validatePattern(value, dialect, nested);
    } else {
      throw new PatternError(`Match value must be String, number, true, false, or null`);
    }
  }
}

function validateCondition(cond: Json, dialect: PatternDialect): void {
  if (cond === null || typeof cond === 'string' || typeof cond === 'number' || typeof cond === 'boolean')
    return;
  if (Array.isArray(cond)) throw new PatternError(`Match value must be String, number, true, false, or null`);
  const ops = Object.keys(cond);
  if (ops.length !== 1) throw new PatternError(`Only one key allowed in match expression`);
  const op = ops[0];
  const arg = cond[op];
  switch (op) {
    case 'prefix':
    case 'suffix':
      if (typeof arg === 'string') return;
      if (isObject(arg) && typeof arg['equals-ignore-case'] === 'string' && Object.keys(arg).length === 1)
        return;
      throw new PatternError(`${op} match pattern must be a string`);
    case 'equals-ignore-case':
      if (typeof arg !== 'string')
        throw new PatternError('equals-ignore-case match pattern must be a string');
      return;
    case 'wildcard':
      if (dialect === 'sns') throw new PatternError(`Unrecognized match type ${op}`);
      if (typeof arg !== 'string') throw new PatternError('wildcard match pattern must be a string');
      if (arg.includes('**')) throw new PatternError('Consecutive wildcard characters at pos 0');
      return;
    case 'exists':
      if (typeof arg !== 'boolean')
        throw new PatternError('exists match pattern must be either true or false.');
      return;
    case 'cidr':
      if (typeof arg !== 'string' || !parseCidr(arg))
        throw new PatternError(`Malformed CIDR, one '/' required`);
      return;
    case 'numeric':
      validateNumeric(arg);
      return;
    case 'anything-but':
      validateAnythingBut(arg, dialect);
      return;
    default:
      throw new PatternError(`Unrecognized match type ${op}`);
  }
}

function validateNumeric(arg: Json): void {
  if (!Array.isArray(arg) || arg.length === 0 || arg.length % 2 !== 0 || arg.length > 4) {
    throw new PatternError('Value of numeric must be an array.');
  }
  let lower = false;
  let upper = false;
  let low = -Infinity;
  for (let i = 0; i < arg.length; i += 2) {
    const op = arg[i];
    const n = arg[i + 1];
    if (typeof op !== 'string' || !NUMERIC_OPS.has(op))
      throw new PatternError(`Unrecognized numeric range operator: ${String(op)}`);
    if (typeof n !== 'number') throw new PatternError(`Value of ${op} must be numeric`);
    if (op === '=') {
      if (arg.length > 2) throw new PatternError('Bad numeric range operator: =');
    } else if (op.startsWith('>')) {
      if (lower) throw new PatternError(`Bad numeric range operator: ${op}`);
      lower = true;
      low = n;
    } else {
      if (upper) throw new PatternError(`Bad numeric range operator: ${op}`);
      upper = true;
      if (lower && n <= low) throw new PatternError('Bottom must be less than top');
    }
  }
}

function validateAnythingBut(arg: Json, dialect: PatternDialect): void {
  if (typeof arg === 'string' || typeof arg === 'number') return;
  if (Array.isArray(arg)) {
    if (arg.length === 0 || !arg.every((v) => typeof v === 'string' || typeof v === 'number')) {
      throw new PatternError('Inside anything but list, start|null|boolean is not supported.');
    }
    return;
  }
  if (isObject(arg)) {
    const ops = Object.keys(arg);
    const op = ops[0];
    if (ops.length !== 1 || !ANYTHING_BUT_OPS.has(op) || (dialect === 'sns' && op === 'wildcard')) {
      throw new PatternError(`Unsupported anything-but pattern: ${op}`);
    }
    const v = arg[op];
    const ok =
      typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string'));
    if (!ok)
      throw new PatternError(`Value of ${op} inside anything-but must be a string or array of strings`);
    return;
  }
  throw new PatternError('Value of anything-but must be an array or single string/number value.');
}

/** True when `event` matches `pattern` (every key ANDed, every condition list ORed). */
export function matchesPattern(pattern: JsonObject, event: Json): boolean {
  const obj = isObject(event) ? event : {};
  for (const [key, value] of Object.entries(pattern)) {
    if (key === '$or') {
      if (!(value as JsonObject[]).some((alt) => matchesPattern(alt, obj))) return false;
      continue;
    }
    const present = Object.hasOwn(obj, key);
    const field = present ? obj[key] : undefined;
    if (Array.isArray(value)) {
      if (!matchesLeaf(value, present, field)) return false;
    } else if (isObject(value)) {
      // An array of objects matches when one element matches the whole sub-pattern.
      if (Array.isArray(field)) {
        const objects = field.filter(isObject);
        if (
          objects.length === 0 ? !matchesPattern(value, {}) : !objects.some((o) => matchesPattern(value, o))
        )
          return false;
      } else if (!matchesPattern(value, field ?? {})) return false;
    }
  }
  return true;
}

type Scalar = string | number | boolean | null;

function leafValues(present: boolean, field: Json | undefined): Scalar[] {
  if (!present || field === undefined) return [];
  const list = Array.isArray(field) ? field : [field];
  return list.filter((v): v is Scalar => v === null || typeof v !== 'object');
}

function matchesLeaf(conditions: Json[], present: boolean, field: Json | undefined): boolean {
  const values = leafValues(present, field);
  return conditions.some((cond) => {
    if (isObject(cond) && 'exists' in cond) return cond.exists === values.length > 0;
    return values.some((v) => matchesCondition(cond, v));
  });
}

function matchesCondition(cond: Json, v: Scalar): boolean {
  if (cond === null || typeof cond !== 'object') return equalScalar(cond, v);
  if (Array.isArray(cond)) return false;
  const [op] = Object.keys(cond);
  const arg = cond[op];
  switch (op) {
    case 'prefix':
      return typeof v === 'string' && affix(arg, v, (a, b) => a.startsWith(b));
    case 'suffix':
      return typeof v === 'string' && affix(arg, v, (a, b) => a.endsWith(b));
    case 'equals-ignore-case':
      return typeof v === 'string' && v.toLowerCase() === String(arg).toLowerCase();
    case 'wildcard':
      return typeof v === 'string' && wildcardMatch(String(arg), v);
    case 'numeric':
      return typeof v === 'number' && numericMatch(arg as (string | number)[], v);
    case 'cidr':
      return typeof v === 'string' && cidrMatch(String(arg), v);
    case 'anything-but':
      return anythingBut(arg, v);
    default:
      return false;
  }
}

function equalScalar(a: Scalar, b: Scalar): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return a === b;
}

function affix(arg: Json, v: string, test: (value: string, part: string) => boolean): boolean {
  if (typeof arg === 'string') return test(v, arg);
  const part = String((arg as JsonObject)['equals-ignore-case']);
  return test(v.toLowerCase(), part.toLowerCase());
}

function anythingBut(arg: Json, v: Scalar): boolean {
  if (isObject(arg)) {
    if (typeof v !== 'string') return false;
    const [op] = Object.keys(arg);
    const list = ([] as Json[]).concat(arg[op]).map(String);
    switch (op) {
      case 'prefix':
        return !list.some((p) => v.startsWith(p));
      case 'suffix':
        return !list.some((s) => v.endsWith(s));
      case 'equals-ignore-case':
        return !list.some((s) => s.toLowerCase() === v.toLowerCase());
      case 'wildcard':
        return !list.some((w) => wildcardMatch(w, v));
      default:
        return false;
    }
  }
  const list = Array.isArray(arg) ? arg : [arg];
  return !list.some((x) => equalScalar(x as Scalar, v));
}

function numericMatch(ops: (string | number)[], v: number): boolean {
  for (let i = 0; i < ops.length; i += 2) {
    const n = ops[i + 1] as number;
    switch (ops[i]) {
      case '<':
        if (!(v < n)) return false;
        break;
      case '<=':
        if (!(v <= n)) return false;
        break;
      case '=':
        if (v !== n) return false;
        break;
      case '>':
        if (!(v > n)) return false;
        break;
      case '>=':
        if (!(v >= n)) return false;
        break;
    }
  }
  return true;
}

/** `*` matches any run of characters; `\*` is a literal star. */
export function wildcardMatch(pattern: string, value: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) {
      re += `\\${pattern[++i]}`;
    } else if (c === '*') re += '.*';
    else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's').test(value);
}

function parseIp(ip: string): bigint[] | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) {
    const parts = ip.split('.').map(Number);
    if (parts.some((p) => p > 255)) return undefined;
    return [BigInt(parts.reduce((a, p) => a * 256 + p, 0)), 32n];
  }
  if (!ip.includes(':') || !/^[0-9a-fA-F:]+$/.test(ip)) return undefined;
  const halves = ip.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (groups.some((g) => g.length === 0 || g.length > 4)) return undefined;
  return [groups.reduce((a, g) => (a << 16n) + BigInt(`0x${g}`), 0n), 128n];
}

function parseCidr(cidr: string): { base: bigint; bits: bigint; width: bigint } | undefined {
  const [ip, len] = cidr.split('/');
  const parsed = parseIp(ip);
  if (!parsed) return undefined;
  const width = parsed[1];
  const bits = len === undefined ? width : BigInt(Number(len));
  if (len !== undefined && (!/^\d+$/.test(len) || bits > width)) return undefined;
  return { base: parsed[0], bits, width };
}

function cidrMatch(cidr: string, ip: string): boolean {
  const net = parseCidr(cidr);
  const addr = parseIp(ip);
  if (!net || !addr || addr[1] !== net.width) return false;
  const shift = net.width - net.bits;
  return addr[0] >> shift === net.base >> shift;
}
