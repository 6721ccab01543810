// The awsQuery codec: a form (`Action=...&Version=...`, in the body or the query string) decoded against
// the operation's input schema, the answer as `<ActionResponse><ActionResult>` XML in the service's
// namespace, and the one `<ErrorResponse>` writer.
import type { ServerResponse } from 'node:http';
import { Call } from '../call.js';
import { AwsError, toAwsError } from '../errors.js';
import { readModel, type ServiceModel } from '../model.js';
import type { LocalRequest } from '../request.js';
import { type FormDecode, formDecoder, formTree } from '../serde/form.js';
import type { MalformedInput } from '../serde/malformed.js';
import { type XmlContent, xmlContent } from '../serde/xml.js';
import type { Face, FaceOptions } from '../service.js';
import { escapeXml } from '../xml.js';
import { EMPTY_MODEL, lazyFace } from './lazy.js';
import { malformedError, notImplemented, servedOperations } from './served.js';

export interface AwsQueryOptions<C> extends FaceOptions<C> {
  /** XML namespace of the answers, e.g. `http://queue.amazonaws.com/doc/2012-11-05/`. */
  namespace: string;
  /** The service's own answer to a value of the wrong type (default: ValidationError). */
  malformed?: (e: MalformedInput) => AwsError;
}

interface Compiled<C> {
  run: (ctx: C, input: unknown) => unknown;
  decode: FormDecode;
  /** Undefined when the operation's output is empty: the answer then has no Result element. */
  content?: XmlContent;
}

/** Form parameters from the query string and a form body (the body wins), as key/value pairs. */
export function formPairs(req: LocalRequest): Map<string, string> {
  const form = new Map<string, string>();
  for (const [k, v] of req.query) form.set(k, v);
  const type = String(req.headers['content-type'] ?? '');
  if (req.body.length > 0 && (type === '' || type.includes('x-www-form-urlencoded'))) {
    for (const [k, v] of new URLSearchParams(req.body.toString('utf8'))) form.set(k, v);
  }
  return form;
}

/** The face, with its SDK model loaded at the first request that needs it. */
export function awsQueryFace<C>(options: AwsQueryOptions<C>): Face {
  return lazyFace(
    async () => readModel(await options.client()),
    (model) => buildAwsQueryFace(options, model),
  );
}

/** The face over a loaded model; without one (`undefined`), a face that serves nothing but writes errors. */
export function buildAwsQueryFace<C>(
  options: Omit<AwsQueryOptions<C>, 'client'>,
  loaded?: ServiceModel,
): Face {
  const model = loaded ?? EMPTY_MODEL;
  const served = new Map<string, Compiled<C>>();
  for (const [name, s] of servedOperations(model, loaded ? options.operations : {})) {
    const out = s.model.output;
    served.set(name, {
      run: s.run,
      decode: formDecoder(s.model.input),
      content: out.isStructSchema() ? xmlContent(out) : undefined,
    });
  }
  const ns = options.namespace;

  const writeError = (req: LocalRequest, res: ServerResponse, err: AwsError): void => {
    if (err.status >= 500) req.cloud.log('error', `${req.service}: ${err.message}`);
    const code = err.queryCode ?? model.errors.get(err.code)?.query?.code ?? err.code;
    const xml =
      `<?xml version="1.0"?><ErrorResponse xmlns="${ns}"><Error><Type>${err.fault}</Type>` +
      `<Code>${escapeXml(code)}</Code><Message>${escapeXml(err.message)}</Message><Detail/></Error>` +
      `<RequestId>${req.requestId}</RequestId></ErrorResponse>`;
    res.writeHead(err.status, {
      ...err.headers,
      'Content-Type': 'text/xml',
      'x-amzn-RequestId': req.requestId,
      'Content-Length': Buffer.byteLength(xml),
    });
    res.end(xml);
  };

  return {
    protocol: 'awsQuery',
    knows: ({ action }) =>
      action === undefined
        ? undefined
        : served.has(action)
          ? 'serves'
          : model.operations.has(action)
            ? 'knows'
            : undefined,
    accepts: (req) => req.headers['x-amz-target'] === undefined,
    writeError,
    async serve(req, res) {
      try {
        const pairs = formPairs(req);
        const action = pairs.get('Action') ?? '';
        const op = served.get(action);
        if (!op) {
          if (action && model.operations.has(action)) throw notImplemented(action);
          throw new AwsError(
            'InvalidAction',
            'The action or operation requested is invalid. Verify that the action is typed correctly.',
            400,
          );
        }
        let input: unknown;
        try {
          input = op.decode(formTree(pairs), '');
        } catch (err) {
          throw malformedError(err, 'ValidationError', options.malformed);
        }
        const output = await op.run(options.context(new Call(req, res)), input);
        const inner = op.content ? `<${action}Result>${op.content(output ?? {})}</${action}Result>` : '';
        const xml =
          `<?xml version="1.0"?><${action}Response xmlns="${ns}">${inner}` +
          `<ResponseMetadata><RequestId>${req.requestId}</RequestId></ResponseMetadata></${action}Response>`;
        res.writeHead(200, {
          'Content-Type': 'text/xml',
          'x-amzn-RequestId': req.requestId,
          'Content-Length': Buffer.byteLength(xml),
        });
        res.end(xml);
      } catch (thrown) {
        writeError(req, res, toAwsError(thrown));
      }
    },
  };
}
