// SQS in the local cloud: one implementation per operation, served on awsJson 1.0 (X-Amz-Target:
// AmazonSQS.*) and on awsQuery (Action=...), and the internal send-by-ARN API for the other services.
import type { LocalCloud, Service } from '../cloud.js';
import { SqsState } from '../persistence/sqsState.js';
import type { Call } from '../protocol/call.js';
import { awsJsonFace } from '../protocol/codecs/awsJson.js';
import { awsQueryFace } from '../protocol/codecs/awsQuery.js';
import { SqsContext } from './context.js';
import { invalidParameter } from './errors.js';
import { sqsInternal } from './internalApi.js';
import { OPERATIONS } from './operations.js';
import { SqsStore } from './store.js';

export const SQS_NAMESPACE = 'http://queue.amazonaws.com/doc/2012-11-05/';

export function createSqsService(cloud: LocalCloud): Service {
  const journal = cloud.state ? new SqsState(cloud.state) : undefined;
  const store = new SqsStore(cloud.accountId, journal);
  journal?.restore(store);
  cloud.sqs = sqsInternal(cloud, store);
  const context = (call: Call) => new SqsContext(store, call);
  const legacyContext = (call: Call) => new SqsContext(store, call, true);
  return {
    name: 'sqs',
    faces: [
      awsJsonFace({
        client: () => import('@aws-sdk/client-sqs'),
        version: '1.0',
        targetPrefix: 'AmazonSQS',
        errorNamespace: 'com.amazonaws.sqs',
        queryCompatible: true,
        operations: OPERATIONS,
        context,
      }),
      awsQueryFace({
        client: () => import('@aws-sdk/client-sqs'),
        namespace: SQS_NAMESPACE,
        operations: OPERATIONS,
        context: legacyContext,
        // A form value that is not of the member's type, in SQS's words.
        malformed: (e) => invalidParameter(e.path, e.value, `Must be ${e.expected}.`),
      }),
    ],
    stop() {
      store.close();
    },
  };
}
