// Function references as Lambda accepts them: name, name:qualifier, partial ARN, full ARN, qualified.
import { functionsNotReachable, invalidFunctionName, qualifierMismatch } from './errors.js';

export interface FunctionRef {
  name: string;
  region?: string;
  accountId?: string;
  qualifier?: string;
}

const FULL =
  /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9$_-]+))?$/;
const PARTIAL = /^(\d{12}):function:([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9$_-]+))?$/;
const PLAIN = /^([a-zA-Z0-9_-]+)(?::([a-zA-Z0-9$_-]+))?$/;

/** Parses what callers put in `FunctionName`; undefined when it matches none of Lambda's forms. */
export function parseFunctionRef(value: string): FunctionRef | undefined {
  let m = FULL.exec(value);
  if (m) return { region: m[1], accountId: m[2], name: m[3], qualifier: m[4] };
  m = PARTIAL.exec(value);
  if (m) return { accountId: m[1], name: m[2], qualifier: m[3] };
  m = PLAIN.exec(value);
  if (m) return { name: m[1], qualifier: m[2] };
  return undefined;
}

/**
 * The reference with the `Qualifier` parameter folded in; AWS refuses the two when they differ, and an ARN
 * of another region than the request's `region` (when given).
 */
export function functionRef(value: string, qualifier?: string, region?: string): FunctionRef {
  const ref = parseFunctionRef(value);
  if (!ref || value.length > 170) {
    throw invalidFunctionName(value);
  }
  if (region && ref.region && ref.region !== region) throw functionsNotReachable(ref.region, region);
  if (qualifier) {
    if (ref.qualifier && ref.qualifier !== qualifier) {
      throw qualifierMismatch();
    }
    ref.qualifier = qualifier;
  }
  return ref;
}

export function functionArn(region: string, accountId: string, name: string, qualifier?: string): string {
  const base = `arn:aws:lambda:${region}:${accountId}:function:${name}`;
  return qualifier ? `${base}:${qualifier}` : base;
}
