// The awsJson 1.0 / 1.1 codec: `X-Amz-Target: <prefix>.<Operation>`, a JSON body decoded against the
// operation's input schema, the output encoded against its output schema, and the one JSON error writer.
import type { ServerResponse } from 'node:http';
import { Call } from '../call.js';
import { AwsError, toAwsError } from '../errors.js';
import { readModel, type ServiceModel } from '../model.js';
import type { LocalRequest } from '../request.js';
import { type Decode, type Encode, isObject, jsonDecoder, jsonEncoder } from '../serde/json.js';
import type { MalformedInput } from '../serde/malformed.js';
import type { Face, FaceOptions } from '../service.js';
import { EMPTY_MODEL, lazyFace } from './lazy.js';
import { malformedError, messageKey, notImplemented, servedOperations } from './served.js';

export interface AwsJsonOptions<C> extends FaceOptions<C> {
  version: '1.0' | '1.1';
  targetPrefix: string;
  /** Shape namespace for `__type`, e.g. `com.amazonaws.sqs` (omitted: the bare code). */
  errorNamespace?: string;
  /** SQS's query-compatible mode: the legacy code in `x-amzn-query-error`. */
  queryCompatible?: boolean;
  /** The service's own answer to a value of the wrong type (default: SerializationException). */
  malformed?: (e: MalformedInput) => AwsError;
}

interface Compiled<C> {
  run: (ctx: C, input: unknown) => unknown;
  decode: Decode;
  encode: Encode | undefined;
}

const OPTIONS = { jsonName: false };

/** The face, with its SDK model loaded at the first request that needs it. */
export function awsJsonFace<C>(options: AwsJsonOptions<C>): Face {
  return lazyFace(
    async () => readModel(await options.client()),
    (model) => buildAwsJsonFace(options, model),
  );
}

/** The face over a loaded model; without one (`undefined`), a face that serves nothing but writes errors. */
export function buildAwsJsonFace<C>(options: Omit<AwsJsonOptions<C>, 'client'>, loaded?: ServiceModel): Face {
  const model = loaded ?? EMPTY_MODEL;
  const contentType = `application/x-amz-json-${options.version}`;
  const served = new Map<string, Compiled<C>>();
  for (const [name, s] of servedOperations(model, loaded ? options.operations : {})) {
    served.set(name, {
      run: s.run,
      decode: jsonDecoder(s.model.input, OPTIONS),
      encode: jsonEncoder(s.model.output, OPTIONS),
    });
  }
  const prefix = `${options.targetPrefix}.`;

  const writeError = (req: LocalRequest, res: ServerResponse, err: AwsError): void => {
    const errorModel = model.errors.get(err.code);
    const type = options.errorNamespace ? `${options.errorNamespace}#${err.code}` : err.code;
    const headers: Record<string, string | number> = { 'x-amzn-RequestId': req.requestId, ...err.headers };
    if (options.queryCompatible) {
      const code = err.queryCode ?? errorModel?.query?.code ?? err.code;
      headers['x-amzn-query-error'] = `${code};${err.fault}`;
    }
    if (err.status >= 500) req.cloud.log('error', `${req.service}: ${err.message}`);
    const text = JSON.stringify({ __type: type, [messageKey(errorModel)]: err.message, ...err.fields });
    res.writeHead(err.status, {
      ...headers,
      'Content-Type': contentType,
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
  };

  return {
    protocol: options.version === '1.0' ? 'awsJson1_0' : 'awsJson1_1',
    targetPrefix: options.targetPrefix,
    accepts: (req) => req.headers['x-amz-target'] !== undefined,
    writeError,
    async serve(req, res) {
      try {
        const target = String(req.headers['x-amz-target'] ?? '');
        const name = target.startsWith(prefix) ? target.slice(prefix.length) : '';
        const op = served.get(name);
        if (!op) {
          if (name && model.operations.has(name)) throw notImplemented(name);
          throw new AwsError(
            'UnknownOperationException',
            `Operation ${target || '(none)'} is not supported.`,
            400,
            {
              queryCode: 'InvalidAction',
            },
          );
        }
        let body: unknown = {};
        if (req.body.length > 0) {
          try {
            body = JSON.parse(req.body.toString('utf8'));
          } catch {
            throw new AwsError('SerializationException', 'Request body is not valid JSON.', 400);
          }
          if (!isObject(body))
            throw new AwsError('SerializationException', 'Request body must be a JSON object.', 400);
        }
        let input: unknown;
        try {
          input = op.decode(body, '');
        } catch (err) {
          throw malformedError(err, 'SerializationException', options.malformed);
        }
        const output = await op.run(options.context(new Call(req, res)), input);
        // The answer as a string: Node joins it to the headers in one chunk (a Buffer body goes out as a second).
        const text = JSON.stringify((op.encode && output ? op.encode(output) : output) ?? {});
        res.writeHead(200, {
          'Content-Type': contentType,
          'x-amzn-RequestId': req.requestId,
          'Content-Length': Buffer.byteLength(text),
        });
        res.end(text);
      } catch (thrown) {
        writeError(req, res, toAwsError(thrown));
      }
    },
  };
}
