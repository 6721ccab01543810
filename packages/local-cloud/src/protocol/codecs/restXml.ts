// The restXml codec (S3): the operation from method, path, literal query keys and required bindings;
// the input from its HTTP bindings and XML body (read with the SDK's own XML shape deserializer); the
// output to status, headers and an XML document or raw payload; errors as S3's flat `<Error>`.
import type { ServerResponse } from 'node:http';
import { XmlShapeDeserializer } from '@aws-sdk/core/protocols';
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
import type { ServiceModel } from '../model.js';
import type { LocalRequest } from '../request.js';
import type { MalformedInput } from '../serde/malformed.js';
import { xmlDocument } from '../serde/xml.js';
import type { Face, FaceOptions } from '../service.js';
import { escapeXml } from '../xml.js';
import { malformedError, notImplemented, servedOperations } from './served.js';

export interface RestXmlOptions<C> extends FaceOptions<C> {
  model: ServiceModel;
  /** Namespace of answer documents that do not name their own, e.g. S3's 2006-03-01 one. */
  namespace?: string;
  /** Wire-level work before routing: virtual-hosted addressing, aws-chunked bodies. */
  prepare?: (req: LocalRequest) => LocalRequest;
  malformed?: (e: MalformedInput) => AwsError;
  /** The answer to a request no operation of the model matches. */
  unknownOperation?: (req: LocalRequest) => AwsError;
}

interface Compiled<C> {
  run: (ctx: C, input: unknown) => unknown;
  input: InputBindings;
  output: OutputBindings;
  defaultStatus: number;
}

const deserializer = new XmlShapeDeserializer({
  httpBindings: true,
  timestampFormat: { useTrait: true, default: 5 },
  xmlNamespace: '',
  serviceNamespace: '',
});

const readXmlBody: BodyReader = (schema, body) => {
  try {
    return deserializer.read(schema, body) as Record<string, unknown>;
  } catch {
    throw new AwsError(
      'MalformedXML',
      'The XML you provided was not well-formed or did not validate against our published schema.',
      400,
    );
  }
};

export function restXmlFace<C>(options: RestXmlOptions<C>): Face {
  const routes = new RouteTable(options.model.operations.values());
  const served = new Map<string, Compiled<C>>();
  for (const [name, s] of servedOperations(options.model, options.operations)) {
    served.set(name, {
      run: s.run,
      input: inputBindings(s.model.input),
      output: outputBindings(s.model.output),
      defaultStatus: s.model.http?.code ?? 200,
    });
  }

  const writeError = (req: LocalRequest, res: ServerResponse, err: AwsError): void => {
    if (err.status >= 500) req.cloud.log('error', `${req.service}: ${err.message}`);
    const extra = Object.entries(err.fields)
      .map(([k, v]) => `<${k}>${escapeXml(String(v))}</${k}>`)
      .join('');
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${escapeXml(err.code)}</Code>` +
      `<Message>${escapeXml(err.message)}</Message>${extra}<RequestId>${req.requestId}</RequestId></Error>`;
    const headers: Record<string, string | number> = {
      ...err.headers,
      'x-amz-request-id': req.requestId,
      'x-amz-id-2': req.requestId,
    };
    // A HEAD answer has no body: the status and headers are all the client reads.
    if (req.method === 'HEAD') {
      res.writeHead(err.status, { ...headers, 'Content-Length': 0 });
      res.end();
      return;
    }
    res.writeHead(err.status, {
      ...headers,
      'Content-Type': 'application/xml',
      'Content-Length': Buffer.byteLength(xml),
    });
    res.end(xml);
  };

  return {
    protocol: 'restXml',
    matchesPath: () => true,
    accepts: () => true,
    writeError,
    async serve(original, res) {
      try {
        const req = options.prepare ? options.prepare(original) : original;
        const found = routes.match(req.method, req.path, req.query, req.headers);
        if (!found || found === 'method') {
          throw (
            options.unknownOperation?.(req) ??
            new AwsError(
              'MethodNotAllowed',
              'The specified method is not allowed against this resource.',
              405,
            )
          );
        }
        const name = found.route.operation.name;
        const op = served.get(name);
        if (!op) throw notImplemented(name);
        let input: unknown;
        try {
          input = readInput(op.input, found.route.operation.input, req, found.labels, readXmlBody);
        } catch (err) {
          throw malformedError(err, 'InvalidArgument', options.malformed);
        }
        const output = ((await op.run(options.context(new Call(req, res)), input)) ?? {}) as Record<
          string,
          unknown
        >;
        const { status, headers } = writeBoundOutput(op.output, output, op.defaultStatus);
        let body: Buffer | string | undefined;
        const payload = op.output.payload;
        if (payload) {
          const value = output[payload.name];
          if (payload.kind === 'blob' || payload.kind === 'string') body = payloadBytes(value);
          else if (value !== undefined) body = xmlText(xmlDocument(payload.schema, value, options.namespace));
        } else if (op.output.body.length > 0) {
          body = xmlText(xmlDocument(found.route.operation.output, output, options.namespace));
        }
        if (body !== undefined && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type'))
          headers['Content-Type'] = 'application/xml';
        headers['x-amz-request-id'] = req.requestId;
        headers['x-amz-id-2'] = req.requestId;
        // HEAD answers carry the object's length without its body.
        if (req.method === 'HEAD') {
          res.writeHead(status, headers);
          res.end();
          return;
        }
        headers['Content-Length'] = String(body === undefined ? 0 : Buffer.byteLength(body));
        res.writeHead(status, headers);
        res.end(body);
      } catch (thrown) {
        writeError(original, res, toAwsError(thrown));
      }
    },
  };
}

const xmlText = (doc: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${doc}`;
