// awsJson 1.0 / 1.1 codec: `X-Amz-Target: <prefix>.<Operation>`, JSON in, JSON out.
import type { ServerResponse } from 'node:http';
import { AwsError, toAwsError } from './errors.js';
import { header, type LocalRequest } from './request.js';
import { sendJson } from './response.js';

// biome-ignore lint/suspicious/noExplicitAny: each operation narrows its input with the SDK's own type
export type JsonOperation = (input: any, req: LocalRequest) => unknown | Promise<unknown>;

export interface AwsJsonService {
  /** The part of X-Amz-Target before the dot, e.g. `AmazonSQS`. */
  targetPrefix: string;
  version: '1.0' | '1.1';
  operations: Record<string, JsonOperation>;
  /** Shape namespace for `__type`, e.g. `com.amazonaws.sqs` (omitted: the bare code). */
  errorNamespace?: string;
  /** SQS's query-compatible mode: send the legacy code in `x-amzn-query-error`. */
  queryCompatible?: boolean;
}

export async function serveAwsJson(
  svc: AwsJsonService,
  req: LocalRequest,
  res: ServerResponse,
): Promise<void> {
  const contentType = `application/x-amz-json-${svc.version}`;
  try {
    const target = header(req, 'x-amz-target') ?? '';
    const dot = target.lastIndexOf('.');
    const prefix = target.slice(0, dot);
    const name = target.slice(dot + 1);
    const op = prefix === svc.targetPrefix ? svc.operations[name] : undefined;
    if (!op) {
      throw new AwsError(
        'UnknownOperationException',
        `Operation ${target || '(none)'} is not supported.`,
        400,
        {
          queryCode: 'InvalidAction',
        },
      );
    }
    let input: unknown = {};
    if (req.body.length > 0) {
      try {
        input = JSON.parse(req.body.toString('utf8'));
      } catch {
        throw new AwsError('SerializationException', 'Request body is not valid JSON.', 400);
      }
      if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        throw new AwsError('SerializationException', 'Request body must be a JSON object.', 400);
      }
    }
    const output = await op(input, req);
    // The answer as a string: Node joins it to the headers in one chunk (a Buffer body goes out as a second).
    const text = JSON.stringify(output ?? {});
    res.writeHead(200, {
      'Content-Type': contentType,
      'x-amzn-RequestId': req.requestId,
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
  } catch (thrown) {
    writeJsonError(svc, req, res, toAwsError(thrown), contentType);
  }
}

export function writeJsonError(
  svc: Pick<AwsJsonService, 'errorNamespace' | 'queryCompatible'>,
  req: LocalRequest,
  res: ServerResponse,
  err: AwsError,
  contentType: string,
): void {
  const type = svc.errorNamespace ? `${svc.errorNamespace}#${err.code}` : err.code;
  const headers: Record<string, string> = { 'x-amzn-RequestId': req.requestId, ...err.headers };
  if (svc.queryCompatible) headers['x-amzn-query-error'] = `${err.queryCode ?? err.code};${err.fault}`;
  if (err.status >= 500) req.cloud.log('error', `${req.service}: ${err.message}`);
  sendJson(res, err.status, { __type: type, message: err.message, ...err.fields }, contentType, headers);
}
