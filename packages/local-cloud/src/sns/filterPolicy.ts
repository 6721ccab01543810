// SNS subscription filter policies: checked and matched with EventBridge's matcher (same operators,
// minus `wildcard`), against message attributes or, with FilterPolicyScope MessageBody, the JSON body.
import { type Json, type JsonObject, matchesPattern, PatternError, parsePattern } from '../events/pattern.js';
import type { MessageAttribute } from '../internal.js';
import { invalidParameter } from './errors.js';

export type FilterPolicyScope = 'MessageAttributes' | 'MessageBody';

/** AWS's quota on values a policy may combine (attribute-value pairs across the whole policy). */
const MAX_COMBINATIONS = 150;
const MAX_KEYS = 5;

export function parseFilterPolicy(text: string, scope: FilterPolicyScope, prefix: string): JsonObject {
  let policy: JsonObject;
  try {
    policy = parsePattern(text, 'sns', scope === 'MessageBody');
  } catch (err) {
    const reason = err instanceof PatternError ? err.message : String(err);
    if (reason === 'nested filter policy') {
      throw invalidParameter('Filter policy scope MessageAttributes does not support nested filter policy');
    }
    throw invalidParameter(`${prefix}FilterPolicy: ${reason}`);
  }
  if (scope === 'MessageAttributes' && countKeys(policy) > MAX_KEYS) {
    throw invalidParameter(`${prefix}FilterPolicy: Filter policy can not have more than ${MAX_KEYS} keys`);
  }
  if (combinations(policy) > MAX_COMBINATIONS) {
    throw invalidParameter(`${prefix}FilterPolicy: Filter policy is too complex`);
  }
  return policy;
}

function countKeys(policy: JsonObject): number {
  let n = 0;
  for (const [k, v] of Object.entries(policy)) {
    n += k === '$or' ? Math.max(...(v as JsonObject[]).map(countKeys)) : 1;
  }
  return n;
}

function combinations(policy: JsonObject): number {
  let total = 1;
  for (const [k, v] of Object.entries(policy)) {
    if (k === '$or') total *= (v as JsonObject[]).reduce((sum, alt) => sum + combinations(alt), 0);
    else if (Array.isArray(v)) total *= v.length;
    else total *= combinations(v as JsonObject);
  }
  return total;
}

/** Message attributes as the matcher sees them: strings, numbers, and String.Array's JSON arrays. */
export function attributesAsJson(attrs: Record<string, MessageAttribute>): JsonObject {
  const out: JsonObject = {};
  for (const [name, a] of Object.entries(attrs)) {
    if (a.StringValue === undefined) continue; // binary attributes are never matched
    if (a.DataType === 'String.Array') {
      try {
        out[name] = JSON.parse(a.StringValue);
      } catch {
        out[name] = a.StringValue;
      }
    } else if (a.DataType.startsWith('Number')) out[name] = Number(a.StringValue);
    else out[name] = a.StringValue;
  }
  return out;
}

export function policyMatches(
  policy: JsonObject,
  scope: FilterPolicyScope,
  attrs: Record<string, MessageAttribute>,
  body: string,
): boolean {
  if (scope === 'MessageAttributes') return matchesPattern(policy, attributesAsJson(attrs));
  let parsed: Json;
  try {
    parsed = JSON.parse(body);
  } catch {
    return false;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
  return matchesPattern(policy, parsed);
}
