// The restXml codec (S3): the operation from method, path, literal query keys and required bindings;
// the input from its HTTP bindings and XML body (read with the SDK's own XML shape deserializer); the
// output to status, headers and an XML document or raw payload; errors as S3's flat `<Error>`.
import type { ServerResponse } from 'node:http';
import type { XmlShapeDeserializer } from '@aws-sdk/core/protocols';
import type { NormalizedSchema } from '@smithy/core/schema';
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
import { type OperationModel, readModel, type ServiceModel } from '../model.js';
import type { LocalRequest } from '../request.js';
import { kindOf, membersOf } from '../serde/kind.js';
import type { MalformedInput } from '../serde/malformed.js';
import { xmlDocument } from '../serde/xml.js';
import type { Face, FaceOptions } from '../service.js';
import { escapeXml } from '../xml.js';
import { EMPTY_MODEL, lazyFace } from './lazy.js';
import { malformedError, notImplemented, servedOperations } from './served.js';

export interface RestXmlOptions<C> extends FaceOptions<C> {
  /** Namespace of answer documents that do not name their own, e.g. S3's 2006-03-01 one. */
  namespace?: string;
  /** Wire-level work before routing: virtual-hosted addressing, aws-chunked bodies. */
  prepare?: (req: LocalRequest) => LocalRequest;
  /**
   * A label member the model's URIs leave out because the endpoint carries it (S3's `Bucket`, which the
   * SDK puts in the host name or in front of the path): read from the path's first segment. Operations
   * whose input has this label are matched only when the path has that segment, the others only without.
   */
  endpointLabel?: string;
  /** Wire checks of a routed request before its input is read (S3 verifies body checksums). */
  checkRequest?: (req: LocalRequest, operation: OperationModel) => void;
  /** Statuses AWS answers where the model says otherwise (S3 answers PutBucketPolicy with 204). */
  successStatus?: Readonly<Record<string, number>>;
  /** Content type of a raw payload with no member naming one (S3's bucket policy is JSON). */
  payloadContentType?: string;
  /** A value of the wrong type; `binding` is the query key, header or label it came in. */
  malformed?: (e: MalformedInput, binding: string) => AwsError;
  /** The service's own answer to an XML body that does not parse or has the wrong root element. */
  unparsableBody?: () => AwsError;
  /** The answer to a request no operation of the model matches. */
  unknownOperation?: (req: LocalRequest) => AwsError;
}

interface Compiled<C> {
  run: (ctx: C, input: unknown) => unknown;
  input: InputBindings;
  output: OutputBindings;
  defaultStatus: number;
  /** The one body member an answer carries as its root element's text (S3's GetBucketLocation). */
  textRoot?: string;
}

/** The SDK's XML reader, loaded with the first model (its module weighs about 14 MB). */
let deserializer: XmlShapeDeserializer | undefined;

async function loadDeserializer(): Promise<void> {
  const { XmlShapeDeserializer } = await import('@aws-sdk/core/protocols');
  deserializer ??= new XmlShapeDeserializer({
    httpBindings: true,
    timestampFormat: { useTrait: true, default: 5 },
    xmlNamespace: '',
    serviceNamespace: '',
  });
}

// A document's first element, after the prolog, comments and a doctype.
const ROOT = /^(?:\uFEFF|\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<(?:[\w.-]+:)?([\w.-]+)/;

/** The face, with its SDK model loaded at the first request that needs it. */
export function restXmlFace<C>(options: RestXmlOptions<C>): Face {
  const client = async () => {
    await loadDeserializer();
    return options.client();
  };
  return lazyFace(
    async () => readModel(await client()),
    (model) => buildRestXmlFace(options, model),
  );
}

/** The face over a loaded model; without one (`undefined`), a face that serves nothing but writes errors. */
export function buildRestXmlFace<C>(options: Omit<RestXmlOptions<C>, 'client'>, loaded?: ServiceModel): Face {
  const model = loaded ?? EMPTY_MODEL;
  const label = options.endpointLabel;
  const operations = [...model.operations.values()];
  const carriesLabel = (op: OperationModel) =>
    label !== undefined &&
    !op.http?.uri.includes(`{${label}}`) &&
    membersOf(op.input).some(([name, m]) => name === label && m.getMergedTraits().httpLabel);
  const withLabel = new RouteTable(operations.filter(carriesLabel));
  const withoutLabel = new RouteTable(operations.filter((op) => !carriesLabel(op)));

  const served = new Map<string, Compiled<C>>();
  for (const [name, s] of servedOperations(model, loaded ? options.operations : {})) {
    const output = outputBindings(s.model.output);
    served.set(name, {
      run: s.run,
      input: inputBindings(s.model.input),
      output,
      defaultStatus: options.successStatus?.[name] ?? s.model.http?.code ?? 200,
      textRoot: textRootOf(s.model.output, output),
    });
  }

  const unparsable = () =>
    options.unparsableBody?.() ??
    new AwsError(
      'MalformedXML',
      'The XML you provided was not well-formed or did not validate against our published schema',
      400,
    );

  const readXmlBody: BodyReader = (schema, body) => {
    let parsed: Record<string, unknown>;
    try {
      const text = body.toString('utf8');
      const expected = (schema.getMergedTraits().xmlName as string | undefined) ?? schema.getName();
      if (expected !== undefined && ROOT.exec(text)?.[1] !== expected) throw unparsable();
      parsed = deserializer!.read(schema, body) as Record<string, unknown>;
    } catch {
      // Broken XML, and nesting deep enough to exhaust the parser's stack, are the client's fault.
      throw unparsable();
    }
    return parsed;
  };

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
    // A HEAD answer and a 304 have no body: the status and headers are all the client reads.
    if (req.method === 'HEAD' || err.status === 304) {
      if (err.status !== 304) headers['Content-Length'] = 0;
      res.writeHead(err.status, headers);
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

  /** The path the model's URIs describe, and the endpoint label taken off its front. */
  const split = (path: string): { path: string; labels?: Record<string, string> } => {
    if (label === undefined) return { path };
    const m = /^\/([^/]+)(\/.*)?$/.exec(path);
    if (!m) return { path };
    return { path: m[2] ?? '/', labels: { [label]: safeDecode(m[1]) } };
  };

  return {
    protocol: 'restXml',
    accepts: () => true,
    writeError,
    async serve(original, res) {
      let req = original;
      try {
        req = options.prepare ? options.prepare(original) : original;
        const { path, labels } = split(req.path);
        const found = (labels ? withLabel : withoutLabel).match(req.method, path, req.query, req.headers);
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
        const operation = found.route.operation;
        const op = served.get(operation.name);
        if (!op) throw notImplemented(operation.name);
        options.checkRequest?.(req, operation);
        let input: unknown;
        try {
          input = readInput(op.input, operation.input, req, { ...labels, ...found.labels }, readXmlBody);
        } catch (err) {
          const mapper = options.malformed;
          throw malformedError(
            err,
            'InvalidArgument',
            mapper && ((e) => mapper(e, bindingOf(op.input, e.path))),
          );
        }
        const output = ((await op.run(options.context(new Call(req, res)), input)) ?? {}) as Record<
          string,
          unknown
        >;
        const answer = writeBoundOutput(op.output, output, op.defaultStatus);
        const headers = answer.headers;
        // A successful answer carrying Content-Range is partial content; the model has no status for it.
        const status = answer.status === 200 && hasHeader(headers, 'content-range') ? 206 : answer.status;
        let body: Buffer | string | undefined;
        let contentType = 'application/xml';
        const payload = op.output.payload;
        if (payload) {
          const value = output[payload.name];
          if (payload.kind === 'blob' || payload.kind === 'string') {
            body = payloadBytes(value);
            contentType = options.payloadContentType ?? 'application/octet-stream';
          } else if (value !== undefined)
            body = xmlText(xmlDocument(payload.schema, value, options.namespace));
        } else if (op.textRoot !== undefined) {
          body = xmlText(textDocument(operation.output, output[op.textRoot], options.namespace));
        } else if (op.output.body.length > 0) {
          body = xmlText(xmlDocument(operation.output, bodyOf(op.output, output), options.namespace));
        }
        if (body !== undefined && !hasHeader(headers, 'content-type')) headers['Content-Type'] = contentType;
        headers['x-amz-request-id'] = req.requestId;
        headers['x-amz-id-2'] = req.requestId;
        // HEAD answers carry the object's length without its body.
        if (req.method === 'HEAD') {
          if (!hasHeader(headers, 'content-length')) headers['Content-Length'] = '0';
          res.writeHead(status, headers);
          res.end();
          return;
        }
        // 204 and 304 carry neither a body nor its length.
        if (status === 204 || status === 304) {
          res.writeHead(status, headers);
          res.end();
          return;
        }
        headers['Content-Length'] = String(body === undefined ? 0 : Buffer.byteLength(body));
        res.writeHead(status, headers);
        res.end(body);
      } catch (thrown) {
        writeError(req, res, toAwsError(thrown));
      }
    },
  };
}

const xmlText = (doc: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${doc}`;

const hasHeader = (headers: Record<string, string>, name: string) =>
  Object.keys(headers).some((k) => k.toLowerCase() === name);

/**
 * The member an answer writes as its root's text: an output whose one body member is a scalar named like
 * the root element (`<LocationConstraint>eu-west-1</LocationConstraint>`), which the SDK reads back so.
 */
function textRootOf(output: NormalizedSchema, b: OutputBindings): string | undefined {
  if (b.payload || b.body.length !== 1) return undefined;
  const [member] = b.body;
  const root = (output.getMergedTraits().xmlName as string | undefined) ?? output.getName();
  const name = (member.schema.getMergedTraits().xmlName as string | undefined) ?? member.name;
  const kind = kindOf(member.schema);
  return name === root && kind !== 'struct' && kind !== 'list' && kind !== 'map' ? member.name : undefined;
}

function textDocument(output: NormalizedSchema, value: unknown, namespace?: string): string {
  const root = (output.getMergedTraits().xmlName as string | undefined) ?? output.getName() ?? 'Result';
  const text = value === undefined || value === null ? '' : escapeXml(String(value));
  return `<${root}${namespace ? ` xmlns="${namespace}"` : ''}>${text}</${root}>`;
}

/** Only the members that travel in the body, in the order the operation wrote them. */
function bodyOf(b: OutputBindings, output: Record<string, unknown>): Record<string, unknown> {
  if (b.headers.length === 0 && b.prefixHeaders.length === 0 && b.statusMember === undefined) return output;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(output))
    if (b.body.some((m) => m.name === name)) out[name] = value;
  return out;
}

/** The query key, header or label a top-level input member travels in. */
function bindingOf(b: InputBindings, path: string): string {
  const member = path.split('.')[0];
  return (
    b.query.find((q) => q.name === member)?.key ?? b.headers.find((h) => h.name === member)?.header ?? member
  );
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
