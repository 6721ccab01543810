// awsQuery codec: a form-encoded body with `Action=`, answered in XML under the service's namespace.
import type { ServerResponse } from 'node:http';
import { AwsError, toAwsError } from './errors.js';
import type { LocalRequest } from './request.js';
import { send } from './response.js';
import { escapeXml } from './xml.js';

/** The flat form, e.g. `{ Action: 'SendMessage', 'MessageAttribute.1.Name': 'a' }`. */
export type QueryForm = Record<string, string>;

/** Returns the XML inside `<ActionResult>`, or undefined when the answer has no result element. */
export type QueryOperation = (
  form: QueryForm,
  req: LocalRequest,
) => string | undefined | Promise<string | undefined>;

export interface AwsQueryService {
  /** XML namespace of the answers, e.g. `http://queue.amazonaws.com/doc/2012-11-05/`. */
  namespace: string;
  operations: Record<string, QueryOperation>;
}

/** Form parameters from the body and, for GET requests, the query string (the body wins). */
export function parseForm(req: LocalRequest): QueryForm {
  const form: QueryForm = {};
  for (const [k, v] of req.query) form[k] = v;
  const type = String(req.headers['content-type'] ?? '');
  if (req.body.length > 0 && (type === '' || type.includes('x-www-form-urlencoded'))) {
    for (const [k, v] of new URLSearchParams(req.body.toString('utf8'))) form[k] = v;
  }
  return form;
}

/** `Prefix.1`, `Prefix.2`, ... (or `Prefix.member.N` when `member` is given) as a list. */
export function queryList(form: QueryForm, prefix: string): string[] {
  const out: string[] = [];
  for (let i = 1; ; i++) {
    const v = form[`${prefix}.${i}`];
    if (v === undefined) break;
    out.push(v);
  }
  return out;
}

/**
 * Numbered structures `Prefix.N.Field...` as objects of their sub-keys, e.g.
 * `queryStructs(form, 'Attribute')` -> `[{ Name: 'a', Value: 'b' }]`.
 */
export function queryStructs(form: QueryForm, prefix: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (let i = 1; ; i++) {
    const start = `${prefix}.${i}.`;
    const item: Record<string, string> = {};
    let found = false;
    for (const [k, v] of Object.entries(form)) {
      if (k.startsWith(start)) {
        item[k.slice(start.length)] = v;
        found = true;
      }
    }
    if (!found) break;
    out.push(item);
  }
  return out;
}

/** `Prefix.N.<keyName>` / `Prefix.N.<valueName>` pairs as a map. */
export function queryMap(
  form: QueryForm,
  prefix: string,
  keyName = 'Name',
  valueName = 'Value',
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const s of queryStructs(form, prefix)) {
    if (s[keyName] !== undefined) map[s[keyName]] = s[valueName] ?? '';
  }
  return map;
}

export async function serveAwsQuery(
  svc: AwsQueryService,
  req: LocalRequest,
  res: ServerResponse,
  form?: QueryForm,
) {
  form ??= parseForm(req);
  const action = form.Action;
  try {
    const op = action ? svc.operations[action] : undefined;
    if (!op) {
      throw new AwsError(
        'InvalidAction',
        `The action or operation requested is invalid. Verify that the action is typed correctly.`,
        400,
      );
    }
    const result = await op(form, req);
    const inner = result === undefined ? '' : `<${action}Result>${result}</${action}Result>`;
    const xml =
      `<?xml version="1.0"?><${action}Response xmlns="${svc.namespace}">${inner}` +
      `<ResponseMetadata><RequestId>${req.requestId}</RequestId></ResponseMetadata></${action}Response>`;
    send(res, 200, xml, { 'Content-Type': 'text/xml', 'x-amzn-RequestId': req.requestId });
  } catch (thrown) {
    writeQueryError(svc, req, res, toAwsError(thrown));
  }
}

export function writeQueryError(
  svc: Pick<AwsQueryService, 'namespace'>,
  req: LocalRequest,
  res: ServerResponse,
  err: AwsError,
) {
  if (err.status >= 500) req.cloud.log('error', `${req.service}: ${err.message}`);
  const xml =
    `<?xml version="1.0"?><ErrorResponse xmlns="${svc.namespace}"><Error><Type>${err.fault}</Type>` +
    `<Code>${escapeXml(err.queryCode ?? err.code)}</Code><Message>${escapeXml(err.message)}</Message><Detail/></Error>` +
    `<RequestId>${req.requestId}</RequestId></ErrorResponse>`;
  send(res, err.status, xml, {
    'Content-Type': 'text/xml',
    'x-amzn-RequestId': req.requestId,
    ...err.headers,
  });
}
