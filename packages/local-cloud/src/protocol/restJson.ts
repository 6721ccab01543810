// restJson codec helpers (Lambda): a route table of method + path pattern, JSON bodies, errors with
// the code in `x-amzn-ErrorType` and Lambda's `{"Type","Message"}` body.
import type { ServerResponse } from 'node:http';
import { AwsError, toAwsError } from './errors.js';
import type { LocalRequest } from './request.js';
import { send, sendJson } from './response.js';

export interface RestAnswer {
  status?: number;
  /** Serialised as JSON unless it is a Buffer or string (sent as is). Undefined: empty body. */
  body?: unknown;
  headers?: Record<string, string | number>;
}

export type RestHandler = (
  req: LocalRequest,
  params: Record<string, string>,
) => RestAnswer | undefined | Promise<RestAnswer | undefined>;

export interface RestRoute {
  method: string;
  /** Path template, `{Name}` captures one segment (percent-decoded). */
  path: string;
  handler: RestHandler;
}

interface CompiledRoute {
  method: string;
  regex: RegExp;
  names: string[];
  handler: RestHandler;
}

export function compileRoutes(routes: RestRoute[]): CompiledRoute[] {
  return routes.map((r) => {
    const names: string[] = [];
    const pattern = r.path
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\\?\{(\w+)\\?\}|\{(\w+)\}/g, (_m, a, b) => {
        names.push(a ?? b);
        return '([^/]+)';
      });
    return { method: r.method, regex: new RegExp(`^${pattern}/?$`), names, handler: r.handler };
  });
}

export function matchRoute(
  routes: CompiledRoute[],
  method: string,
  path: string,
): { handler: RestHandler; params: Record<string, string> } | 'method' | undefined {
  let pathMatched = false;
  for (const r of routes) {
    const m = r.regex.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (r.method !== method) continue;
    const params: Record<string, string> = {};
    r.names.forEach((n, i) => {
      params[n] = decodeURIComponent(m[i + 1]);
    });
    return { handler: r.handler, params };
  }
  return pathMatched ? 'method' : undefined;
}

export async function serveRestJson(
  routes: CompiledRoute[],
  req: LocalRequest,
  res: ServerResponse,
  writeError: (req: LocalRequest, res: ServerResponse, err: AwsError) => void = writeLambdaError,
): Promise<void> {
  try {
    const found = matchRoute(routes, req.method, req.path);
    if (!found || found === 'method') {
      throw new AwsError('UnknownOperationException', `Unknown operation ${req.method} ${req.path}`, 404);
    }
    const answer = (await found.handler(req, found.params)) ?? {};
    const headers = { 'x-amzn-RequestId': req.requestId, ...answer.headers };
    const status = answer.status ?? 200;
    if (answer.body === undefined) send(res, status, undefined, headers);
    else if (Buffer.isBuffer(answer.body) || typeof answer.body === 'string') {
      send(res, status, answer.body, { 'Content-Type': 'application/json', ...headers });
    } else sendJson(res, status, answer.body, 'application/json', headers);
  } catch (thrown) {
    writeError(req, res, toAwsError(thrown));
  }
}

/** Lambda's error shape: code in `x-amzn-ErrorType`, body `{"Type":"User"|"Service","Message":...}`. */
export function writeLambdaError(req: LocalRequest, res: ServerResponse, err: AwsError): void {
  if (err.status >= 500) req.cloud.log('error', `${req.service}: ${err.message}`);
  const body = { Type: err.fault === 'Sender' ? 'User' : 'Service', Message: err.message, ...err.fields };
  sendJson(res, err.status, body, 'application/json', {
    'x-amzn-RequestId': req.requestId,
    'x-amzn-ErrorType': err.code,
    ...err.headers,
  });
}

/** Parses a JSON request body; AWS's error when it is not JSON. */
export function jsonBody<T = Record<string, unknown>>(req: LocalRequest): T {
  if (req.body.length === 0) return {} as T;
  try {
    return JSON.parse(req.body.toString('utf8')) as T;
  } catch {
    throw new AwsError('SerializationException', 'Could not parse request body into json.', 400);
  }
}
