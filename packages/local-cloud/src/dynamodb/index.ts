// DynamoDB in the local cloud: dynalite (an implementation of DynamoDB in Node, in memory) behind the one
// port, loaded at the first DynamoDB request, so a cloud that never sees one pays nothing for it.
import type { LocalCloud, Service } from '../cloud.js';
import { lazyJsonFace } from '../protocol/codecs/lazy.js';
import type { DynamoDbAdapter } from './adapter.js';
import { dynamoDbUnavailable } from './errors.js';

export interface DynamoDbService extends Service {
  /** Regions whose dynalite is running (empty until the first DynamoDB request). */
  readonly started: readonly string[];
}

export function createDynamoDbService(cloud: LocalCloud): DynamoDbService {
  let adapter: DynamoDbAdapter | undefined;
  const face = lazyJsonFace(
    { version: '1.0', targetPrefix: 'DynamoDB_20120810', errorNamespace: 'com.amazonaws.dynamodb.v20120810' },
    async () => {
      let createAdapter: typeof import('./adapter.js').createAdapter;
      try {
        ({ createAdapter } = await import('./adapter.js'));
      } catch (err) {
        // A bundle that could not carry dynalite (it requires its modules by computed names).
        throw dynamoDbUnavailable(err);
      }
      adapter = createAdapter(cloud.accountId);
      return adapter.face;
    },
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
