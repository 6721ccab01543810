// The DynamoDB face: dynalite answers what it serves, handed the request the server already read; the
// operations dynalite lacks (transactions, TTL) run on the one operation contract, on top of dynalite's
// own single-item operations. Both share one lock per region, which isolates transactions.
import type { ServerResponse } from 'node:http';
import { buildAwsJsonFace } from '../protocol/codecs/awsJson.js';
import { toAwsError } from '../protocol/errors.js';
import type { ServiceModel } from '../protocol/model.js';
import type { LocalRequest } from '../protocol/request.js';
import { jsonWriter } from '../protocol/serde/json.js';
import type { Face } from '../protocol/service.js';
import { DynamoDbContext } from './context.js';
import { type Answer, DynaliteEngine, type Replayed } from './dynalite.js';
import { unknownOperation } from './errors.js';
import { DYNALITE_OPERATIONS, OPERATIONS } from './operations.js';
import { ERROR_NAMESPACE, TARGET_PREFIX } from './protocol.js';
import { Tables } from './tables.js';
import { unserved } from './unserved.js';

export interface DynamoDbAdapter {
  face: Face;
  engine: DynaliteEngine;
}

export function createAdapter(accountId: string, ddb: ServiceModel): DynamoDbAdapter {
  const engine = new DynaliteEngine(accountId);
  const regions = new Map<string, DynamoDbContext>();
  const reasons = ddb.errors
    .get('TransactionCanceledException')
    ?.schema.getMemberSchema('CancellationReasons');
  const writeReasons = reasons ? jsonWriter(reasons, { jsonName: false }) : (v: unknown) => v;
  const contextFor = (region: string): DynamoDbContext => {
    let ctx = regions.get(region);
    if (!ctx) {
      ctx = new DynamoDbContext(new Tables(engine, ddb, region), writeReasons);
      regions.set(region, ctx);
    }
    return ctx;
  };
  const own = buildAwsJsonFace(
    {
      version: '1.0',
      targetPrefix: TARGET_PREFIX,
      errorNamespace: ERROR_NAMESPACE,
      operations: OPERATIONS,
      context: (call) => contextFor(call.region),
    },
    ddb,
  );
  const prefix = `${TARGET_PREFIX}.`;
  const JSON_TYPE = /^application\/(x-amz-json-1\.0|json)\s*(;|$)/;
  const face: Face = {
    protocol: 'awsJson1_0',
    targetPrefix: TARGET_PREFIX,
    accepts: () => true,
    writeError: own.writeError,
    async serve(req, res) {
      const target = String(req.headers['x-amz-target'] ?? '');
      const name = target.startsWith(prefix) ? target.slice(prefix.length) : '';
      // DynamoDB takes JSON POSTs only; dynalite would answer anything else in XML, which no JSON client reads.
      if (req.method !== 'POST' || !JSON_TYPE.test(String(req.headers['content-type'] ?? ''))) {
        own.writeError(req, res, unknownOperation());
        return;
      }
      // The rest: the operations served here, 501 for those AWS has and nobody here serves.
      if (!DYNALITE_OPERATIONS.has(name)) return own.serve(req, res);
      let answer: Answer;
      try {
        const request = replayed(req);
        const refused = unserved(name, request);
        if (refused) throw refused;
        answer = await contextFor(req.region).lock.shared(() => engine.call(req.region, request));
      } catch (err) {
        own.writeError(req, res, toAwsError(err));
        return;
      }
      write(res, answer);
    },
  };
  return { face, engine };
}

/** The request as the client sent it, without `Origin`: the server answers CORS, not dynalite. */
function replayed(req: LocalRequest): Replayed {
  const { origin: _, ...headers } = req.headers;
  const query = req.query.toString();
  return { method: req.method, url: query ? `${req.path}?${query}` : req.path, headers, body: req.body };
}

/** dynalite's answer with its own request id and CRC32 (boto3 checks `x-amz-crc32` on DynamoDB answers). */
function write(res: ServerResponse, answer: Answer): void {
  const headers: Record<string, string | number> = { 'Content-Length': Buffer.byteLength(answer.body) };
  for (const name of ['content-type', 'x-amz-crc32', 'x-amzn-requestid']) {
    const value = answer.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}
