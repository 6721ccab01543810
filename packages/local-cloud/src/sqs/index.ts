// SQS in the local cloud: routes awsJson 1.0 (X-Amz-Target: AmazonSQS.*) and awsQuery (Action=...) requests
// to one implementation per operation, and offers the internal send-by-ARN API to the other services.
import type { LocalCloud, Service } from '../cloud.js';
import { serveAwsJson } from '../protocol/awsJson.js';
import { type AwsQueryService, parseForm, serveAwsQuery } from '../protocol/awsQuery.js';
import type { LocalRequest } from '../protocol/request.js';
import { SqsContext } from './context.js';
import { sqsInternal } from './internalApi.js';
import { OPERATIONS } from './operations.js';
import { QUERY_INPUT, QUERY_OUTPUT, SQS_NAMESPACE } from './query.js';
import { SqsStore } from './store.js';

const CONTEXT = Symbol('sqs context');
type ContextCarrier = LocalRequest & { [CONTEXT]?: SqsContext };

export function createSqsService(cloud: LocalCloud): Service {
  const store = new SqsStore(cloud.accountId);
  cloud.sqs = sqsInternal(cloud, store);
  // The request's context rides on the request itself (a private symbol), not in a WeakMap: through one, the
  // young-generation GC kept every request's state alive and promoted it, making each scavenge several times slower.
  const contextOf = (req: LocalRequest): SqsContext =>
    (req as ContextCarrier)[CONTEXT] ?? new SqsContext(store, req);

  const json = {
    targetPrefix: 'AmazonSQS',
    version: '1.0' as const,
    errorNamespace: 'com.amazonaws.sqs',
    queryCompatible: true,
    operations: Object.fromEntries(
      Object.entries(OPERATIONS).map(([name, op]) => [
        name,
        (input: unknown, req: LocalRequest) => op(contextOf(req), input),
      ]),
    ),
  };
  const query: AwsQueryService = {
    namespace: SQS_NAMESPACE,
    operations: Object.fromEntries(
      Object.entries(OPERATIONS).map(([name, op]) => [
        name,
        async (form, req) => QUERY_OUTPUT[name](await op(contextOf(req), QUERY_INPUT[name](form))),
      ]),
    ),
  };

  return {
    name: 'sqs',
    async handle(req, res) {
      // A client that hangs up before its answer is written gets nothing, so nothing may stay in flight for it:
      // the context watches the connection as soon as a receive hands messages out or starts a long poll.
      (req as ContextCarrier)[CONTEXT] = new SqsContext(store, req, res);
      if (req.headers['x-amz-target'] !== undefined) await serveAwsJson(json, req, res);
      else await serveAwsQuery(query, req, res, parseForm(req));
    },
    stop() {
      store.close();
    },
  };
}
