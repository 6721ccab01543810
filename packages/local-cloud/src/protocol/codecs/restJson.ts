// The restJson codec (Lambda, API Gateway): the operation from method and path, the input from its
// HTTP bindings and JSON body, the output to status, headers and a JSON (or raw payload) body; errors with
// the code in `x-amzn-ErrorType` and a body written from the error's own shape.
import type { ServerResponse } from 'node:http';
import { Call } from '../call.js';
import { AwsError, toAwsError } from '../errors.js';
import {
  type BodyReader,
  type InputBindings,
  inputBindings,
  type OutputBindings,
  outputBindings,
  payloadBytes,
  readInput,
  writeBoundOutput,
} from '../http/bindings.js';
import { RouteTable } from '../http/routes.js';
import { type ErrorModel, readModel, type ServiceModel } from '../model.js';
import type { LocalRequest } from '../request.js';
import { type Encode, isObject, jsonDecoder, jsonEncoder } from '../serde/json.js';
import type { MalformedInput } from '../serde/malformed.js';
import type { Face, FaceOptions } from '../service.js';
import { EMPTY_MODEL, lazyFace } from './lazy.js';
import { malformedError, messageKey, notImplemented, servedOperations } from './served.js';

export interface RestJsonOptions<C> extends FaceOptions<C> {
  /** Content type of a raw blob payload with no member naming one (Lambda's Invoke answers JSON). */
  payloadContentType?: string;
  /** The service's own answer to a value of the wrong type (default: SerializationException). */
  malformed?: (e: MalformedInput) => AwsError;
  /** The service's own answer to a body that is not JSON. */
  unparsableBody?: () => AwsError;
}

interface Compiled<C> {
  run: (ctx: C, input: unknown) => unknown;
  input: InputBindings;
  output: OutputBindings;
  /** The body members as one JSON object; undefined when nothing needs converting. */
  encodeBody?: Encode;
  defaultStatus: number;
}

const OPTIONS = { jsonName: true };

/** The face, with its SDK model loaded at the first request that needs it. */
export function restJsonFace<C>(options: RestJsonOptions<C>): Face {
  return lazyFace(
    async () => readModel(await options.client()),
    (model) => buildRestJsonFace(options, model),
  );
}

/** The face over a loaded model; without one (`undefined`), a face that serves nothing but writes errors. */
export function buildRestJsonFace<C>(
  options: Omit<RestJsonOptions<C>, 'client'>,
  loaded?: ServiceModel,
): Face {
  const model = loaded ?? EMPTY_MODEL;
  const routes = new RouteTable(model.operations.values());
  const served = new Map<string, Compiled<C>>();
  for (const [name, s] of servedOperations(model, loaded ? options.operations : {})) {
    served.set(name, {
      run: s.run,
      input: inputBindings(s.model.input),
      output: outputBindings(s.model.output),
      encodeBody: s.model.output.isStructSchema() ? jsonEncoder(s.model.output, OPTIONS) : undefined,
      defaultStatus: s.model.http?.code ?? 200,
    });
  }

  const readBody: BodyReader = (schema, body, path) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw (
        options.unparsableBody?.() ??
        new AwsError('SerializationException', 'Could not parse request body into json.', 400)
      );
    }
    if (!isObject(parsed))
      throw new AwsError('SerializationException', 'Request body must be a JSON object.', 400);
    return jsonDecoder(schema, OPTIONS)(parsed, path) as Record<string, unknown>;
  };

  const writeError = (req: LocalRequest, res: ServerResponse, err: AwsError): void => {
    if (err.status >= 500) req.cloud.log('error', `${req.service}: ${err.message}`);
    const { headers, body } = errorParts(model.errors.get(err.code), err);
    const text = JSON.stringify(body);
    res.writeHead(err.status, {
      ...headers,
      'Content-Type': 'application/json',
      'x-amzn-RequestId': req.requestId,
      'x-amzn-ErrorType': err.code,
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
  };

  return {
    protocol: 'restJson1',
    knows: ({ path }) => (routes.hasPath(path) ? 'serves' : undefined),
    accepts: () => true,
    writeError,
    async serve(req, res) {
      try {
        const found = routes.match(req.method, req.path, req.query, req.headers);
        if (!found || found === 'method') {
          throw new AwsError('UnknownOperationException', `Unknown operation ${req.method} ${req.path}`, 404);
        }
        const name = found.route.operation.name;
        const op = served.get(name);
        if (!op) throw notImplemented(name);
        let input: unknown;
        try {
          input = readInput(op.input, found.route.operation.input, req, found.labels, readBody);
        } catch (err) {
          throw malformedError(err, 'SerializationException', options.malformed);
        }
        const output = ((await op.run(options.context(new Call(req, res)), input)) ?? {}) as Record<
          string,
          unknown
        >;
        const { status, headers } = writeBoundOutput(op.output, output, op.defaultStatus);
        let body: Buffer | string | undefined;
        if (op.output.payload) {
          const value = output[op.output.payload.name];
          if (op.output.payload.kind === 'blob' || op.output.payload.kind === 'string')
            body = payloadBytes(value);
          else if (value !== undefined) body = JSON.stringify(value);
          if (body !== undefined && !hasHeader(headers, 'content-type'))
            headers['Content-Type'] = options.payloadContentType ?? 'application/octet-stream';
        } else if (op.output.body.length > 0) {
          body = JSON.stringify(
            op.encodeBody ? op.encodeBody(bodyOf(op.output, output)) : bodyOf(op.output, output),
          );
          headers['Content-Type'] = 'application/json';
        }
        headers['x-amzn-RequestId'] = req.requestId;
        headers['Content-Length'] = String(body === undefined ? 0 : Buffer.byteLength(body));
        res.writeHead(status, headers);
        res.end(body);
      } catch (thrown) {
        writeError(req, res, toAwsError(thrown));
      }
    },
  };
}

/** Only the members that travel in the body. */
function bodyOf(b: OutputBindings, output: Record<string, unknown>): Record<string, unknown> {
  if (b.headers.length === 0 && b.prefixHeaders.length === 0 && b.statusMember === undefined) return output;
  const out: Record<string, unknown> = {};
  for (const m of b.body) if (output[m.name] !== undefined) out[m.name] = output[m.name];
  return out;
}

const hasHeader = (headers: Record<string, string>, name: string) =>
  Object.keys(headers).some((k) => k.toLowerCase() === name);

/**
 * An error's headers and body from its shape: header-bound members go to headers, the message under the
 * shape's own casing (`Message` or `message`), `Type` as `User` or `Service` where the shape has it;
 * members with a `jsonName` travel under it (API Gateway v2's `Message` is `message` on the wire).
 */
export function errorParts(
  model: ErrorModel | undefined,
  err: AwsError,
): { headers: Record<string, string>; body: Record<string, unknown> } {
  const headers: Record<string, string> = { ...err.headers };
  const body: Record<string, unknown> = {};
  const fields: Record<string, unknown> = { ...err.fields };
  const wireNames = new Map<string, string>();
  if (model?.schema.isStructSchema()) {
    for (const [name, m] of model.schema.structIterator()) {
      const traits = m.getMergedTraits();
      const header = traits.httpHeader;
      if (typeof traits.jsonName === 'string') wireNames.set(name, traits.jsonName);
      if (typeof header === 'string' && fields[name] !== undefined) {
        headers[header] = String(fields[name]);
        delete fields[name];
      } else if (name === 'Type') body.Type = err.fault === 'Sender' ? 'User' : 'Service';
    }
  }
  body[messageKey(model)] = err.message;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries({ ...body, ...fields })) out[wireNames.get(k) ?? k] = v;
  return { headers, body: out };
}
