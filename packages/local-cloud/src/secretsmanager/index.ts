// Secrets Manager in the local cloud: secrets with versions and staging labels, scheduled deletion, one
// module per operation, served on awsJson 1.1 (`X-Amz-Target: secretsmanager.<Operation>`).
import type { LocalCloud, Service } from '../cloud.js';
import type { Call } from '../protocol/call.js';
import { awsJsonFace } from '../protocol/codecs/awsJson.js';
import { SecretsContext } from './context.js';
import { OPERATIONS } from './operations.js';
import { SecretsStore } from './store.js';

export function createSecretsManagerService(_cloud: LocalCloud): Service {
  const store = new SecretsStore();
  return {
    name: 'secretsmanager',
    faces: [
      awsJsonFace({
        client: () => import('@aws-sdk/client-secrets-manager'),
        version: '1.1',
        targetPrefix: 'secretsmanager',
        operations: OPERATIONS,
        context: (call: Call) => new SecretsContext(store, call),
      }),
    ],
  };
}
