// Which rest operation a request is, from the operations' `http` traits: method, URI pattern with
// `{Label}` and greedy `{Label+}` segments, literal query keys (`?tagging`, `?list-type=2`), and the
// required members bound to the query string or headers (S3's UploadPart needs `uploadId`).
import type { IncomingHttpHeaders } from 'node:http';
import { type OperationModel, requiredMembers } from '../model.js';

export interface Route {
  operation: OperationModel;
  method: string;
  regex: RegExp;
  /** Label member names in the order of the regex's groups. */
  labels: string[];
  /** `[key, value]`; value undefined: the key must only be present. */
  queryLiterals: [string, string | undefined][];
  requiredQuery: string[];
  requiredHeaders: string[];
  specificity: number;
}

/** `x-id=PutObject` names the operation for the SDK's own routing; clients other than the SDK omit it. */
const IGNORED_QUERY = new Set(['x-id']);

export function compileRoute(operation: OperationModel): Route | undefined {
  const http = operation.http;
  if (!http) return undefined;
  const [pathPart, queryPart = ''] = http.uri.split('?');
  const labels: string[] = [];
  let literalSegments = 0;
  const greedy = /\{\w+\+\}$/.test(pathPart);
  const pattern = pathPart
    .split('/')
    .map((segment) => {
      const m = /^\{(\w+)(\+?)\}$/.exec(segment);
      if (!m) {
        if (segment) literalSegments++;
        return segment.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
      }
      labels.push(m[1]);
      return m[2] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  // A trailing slash is tolerated, except after a greedy label (an S3 key may end in one).
  const regex = new RegExp(`^${pattern.replace(/\/$/, '')}${greedy ? '' : '/?'}$`);
  const queryLiterals: [string, string | undefined][] = [];
  for (const pair of queryPart.split('&').filter(Boolean)) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (!IGNORED_QUERY.has(key)) queryLiterals.push([key, eq < 0 ? undefined : pair.slice(eq + 1)]);
  }
  const required = requiredMembers(operation.input);
  const requiredQuery: string[] = [];
  const requiredHeaders: string[] = [];
  if (operation.input.isStructSchema()) {
    for (const [name, m] of operation.input.structIterator()) {
      if (!required.has(name)) continue;
      const t = m.getMergedTraits();
      if (typeof t.httpQuery === 'string') requiredQuery.push(t.httpQuery);
      if (typeof t.httpHeader === 'string') requiredHeaders.push(t.httpHeader.toLowerCase());
    }
  }
  return {
    operation,
    method: http.method,
    regex,
    labels,
    queryLiterals,
    requiredQuery,
    requiredHeaders,
    specificity:
      (queryLiterals.length + requiredQuery.length + requiredHeaders.length) * 100 +
      literalSegments * 10 -
      (greedy ? 1 : 0),
  };
}

export interface RouteMatch {
  route: Route;
  /** Label values, percent-decoded, by member name. */
  labels: Record<string, string>;
}

export class RouteTable {
  private readonly byMethod = new Map<string, Route[]>();

  constructor(operations: Iterable<OperationModel>) {
    for (const op of operations) {
      const route = compileRoute(op);
      if (!route) continue;
      const list = this.byMethod.get(route.method) ?? [];
      list.push(route);
      this.byMethod.set(route.method, list);
    }
    for (const list of this.byMethod.values()) list.sort((a, b) => b.specificity - a.specificity);
  }

  /** Whether some operation has this path, with any method (for routing requests between services). */
  hasPath(path: string): boolean {
    for (const list of this.byMethod.values()) if (list.some((r) => r.regex.test(path))) return true;
    return false;
  }

  /** The most specific operation for the request; `method` when only the method is wrong. */
  match(
    method: string,
    path: string,
    query: URLSearchParams,
    headers: IncomingHttpHeaders,
  ): RouteMatch | 'method' | undefined {
    for (const route of this.byMethod.get(method) ?? []) {
      const m = route.regex.exec(path);
      if (!m) continue;
      if (!route.queryLiterals.every(([k, v]) => (v === undefined ? query.has(k) : query.get(k) === v)))
        continue;
      if (!route.requiredQuery.every((k) => query.has(k))) continue;
      if (!route.requiredHeaders.every((h) => headers[h] !== undefined)) continue;
      const labels: Record<string, string> = {};
      route.labels.forEach((name, i) => {
        labels[name] = safeDecode(m[i + 1]);
      });
      return { route, labels };
    }
    return this.hasPath(path) ? 'method' : undefined;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
