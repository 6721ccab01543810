// DynamoDB in the local cloud: dynalite (an implementation of DynamoDB in Node, in memory) behind the one
// port, loaded at the first DynamoDB request, so a cloud that never sees one pays nothing for it.
import type { LocalCloud, Service } from '../cloud.js';
import { buildAwsJsonFace } from '../protocol/codecs/awsJson.js';
import { lazyFace } from '../protocol/codecs/lazy.js';
import { readModel } from '../protocol/model.js';
import type { DynamoDbAdapter } from './adapter.js';
import { dynamoDbUnavailable } from './errors.js';
import { ERROR_NAMESPACE, TARGET_PREFIX } from './protocol.js';

export interface DynamoDbService extends Service {
  /** Regions whose dynalite is running (empty until the first DynamoDB request). */
  readonly started: readonly string[];
}

export function createDynamoDbService(cloud: LocalCloud): DynamoDbService {
  let adapter: DynamoDbAdapter | undefined;
  const face = lazyFace(
    async () => {
      const [client, engine] = await Promise.all([
        import('@aws-sdk/client-dynamodb'),
        // A bundle that could not carry dynalite (it requires its modules by computed names).
        import('./adapter.js').catch((err: unknown) => {
          throw dynamoDbUnavailable(err);
        }),
      ]);
      adapter = engine.createAdapter(cloud.accountId, readModel(client));
      return adapter;
    },
    (loaded?: DynamoDbAdapter) =>
      loaded?.face ??
      buildAwsJsonFace({
        version: '1.0',
        targetPrefix: TARGET_PREFIX,
        errorNamespace: ERROR_NAMESPACE,
        operations: {},
        context: () => undefined,
      }),
  );
  return {
    name: 'dynamodb',
    faces: [face],
    get started() {
      return adapter?.engine.started ?? [];
    },
    stop() {
      adapter?.engine.stop();
    },
  };
}
