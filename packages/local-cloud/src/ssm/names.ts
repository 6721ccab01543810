// Parameter names as Parameter Store checks them, their ARNs, and `name:version` selectors.
import { invalidName, notFullyQualified } from './errors.js';

const SEGMENT = /^[a-zA-Z0-9_.-]+$/;

/** A name AWS accepts: letters, digits and `_.-`, `/`-separated when it is a path, not under `aws` or `ssm`. */
export function checkName(name: string | undefined): string {
  const n = String(name ?? '').trim();
  if (!n || n.length > 2048) throw invalidName();
  if (n.includes('/') && !n.startsWith('/')) throw notFullyQualified();
  const segments = n.startsWith('/') ? n.slice(1).split('/') : [n];
  if (!segments.every((s) => SEGMENT.test(s))) throw invalidName();
  if (/^(aws|ssm)/i.test(segments[0])) throw invalidName();
  return n;
}

/** `arn:aws:ssm:<region>:<account>:parameter/<name without its leading slash>` */
export function parameterArn(region: string, accountId: string, name: string): string {
  return `arn:aws:ssm:${region}:${accountId}:parameter/${name.replace(/^\//, '')}`;
}

export interface Selector {
  /** The names it may mean: an ARN's `parameter/foo` is the name `foo` or `/foo`. */
  names: string[];
  version?: number;
  label?: string;
  /** `:<version>` or `:<label>` as given, which the answer repeats. */
  text?: string;
}

/** A name as GetParameter takes it: the name or its ARN, with `:<version>` or `:<label>` after it. */
export function parseSelector(given: string | undefined): Selector {
  let s = String(given ?? '').trim();
  let fromArn = false;
  const arn = /^arn:aws[a-z-]*:ssm:[^:]*:[^:]*:parameter\/(.*)$/.exec(s);
  if (arn) {
    s = arn[1].includes('/') ? `/${arn[1]}` : arn[1];
    fromArn = true;
  }
  const colon = s.lastIndexOf(':');
  const name = colon < 0 ? s : s.slice(0, colon);
  const names = fromArn && !name.startsWith('/') ? [name, `/${name}`] : [name];
  if (colon < 0) return { names };
  const text = s.slice(colon);
  const selector = text.slice(1);
  return /^\d+$/.test(selector)
    ? { names, version: Number(selector), text }
    : { names, label: selector, text };
}
