// IAM policy evaluation for identity policies and for a resource's own policy (a queue policy) naming the
// principal: explicit Deny wins, then an Allow, else implicit deny. Actions match case-insensitively with
// `*`/`?` wildcards, resources case-sensitively; NotAction and NotResource invert. Conditions are not
// evaluated: an Allow with one applies, a Deny with one does not.

export interface PolicyStatement {
  Sid?: string;
  Effect?: string;
  /** Resource policies only: who the statement is about. */
  Principal?: unknown;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: unknown;
}

export interface SourcedDocument {
  /** Where the statement comes from: the policy name or ARN. */
  source: string;
  document: { Statement?: PolicyStatement | PolicyStatement[] };
}

export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

export interface Evaluation {
  decision: Decision;
  matched: { source: string; sid?: string; effect: string }[];
}

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

const cache = new Map<string, RegExp>();
export function wildcard(pattern: string, value: string, ignoreCase: boolean): boolean {
  const key = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let re = cache.get(key);
  if (!re) {
    const body = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, ignoreCase ? 'is' : 's');
    cache.set(key, re);
  }
  return re.test(value);
}

export function statementMatches(st: PolicyStatement, action: string, resource: string): boolean {
  const actionOk =
    st.Action !== undefined
      ? list(st.Action).some((p) => wildcard(p, action, true))
      : st.NotAction !== undefined
        ? !list(st.NotAction).some((p) => wildcard(p, action, true))
        : false;
  if (!actionOk) return false;
  if (st.Resource !== undefined) return list(st.Resource).some((p) => wildcard(p, resource, false));
  if (st.NotResource !== undefined) return !list(st.NotResource).some((p) => wildcard(p, resource, false));
  return true;
}

export function evaluate(documents: SourcedDocument[], action: string, resource: string): Evaluation {
  const allows: Evaluation['matched'] = [];
  const denies: Evaluation['matched'] = [];
  for (const { source, document } of documents) {
    const statements = document?.Statement === undefined ? [] : [document.Statement].flat();
    for (const st of statements) {
      if (!st || !statementMatches(st, action, resource)) continue;
      const effect = String(st.Effect);
      if (effect === 'Deny' && st.Condition === undefined) denies.push({ source, sid: st.Sid, effect });
      else if (effect === 'Allow') allows.push({ source, sid: st.Sid, effect });
    }
  }
  if (denies.length > 0) return { decision: 'explicitDeny', matched: denies };
  if (allows.length > 0) return { decision: 'allowed', matched: allows };
  return { decision: 'implicitDeny', matched: [] };
}

/**
 * Whether a resource policy's statement names `principalArn` itself (or everyone). An account principal
 * (`arn:aws:iam::<account>:root`, `<account>`) only delegates to the account's identity policies.
 */
export function principalMatches(principal: unknown, principalArn: string): boolean {
  if (principal === '*') return true;
  if (!principal || typeof principal !== 'object') return false;
  const aws = (principal as { AWS?: string | string[] }).AWS;
  return list(aws).some((p) => p === '*' || p === principalArn);
}

/** The resource policy's statements that name the principal, as a document `evaluate` reads. */
export function statementsFor(policy: string, principalArn: string): SourcedDocument | undefined {
  let doc: { Statement?: PolicyStatement | PolicyStatement[] };
  try {
    doc = JSON.parse(policy) as typeof doc;
  } catch {
    return undefined;
  }
  const statements = [doc?.Statement ?? []]
    .flat()
    .filter((st) => principalMatches(st?.Principal, principalArn));
  return statements.length
    ? { source: 'the resource policy', document: { Statement: statements } }
    : undefined;
}
