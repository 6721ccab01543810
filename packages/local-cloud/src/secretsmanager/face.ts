// Secrets Manager's one protocol, awsJson 1.1 (`X-Amz-Target: secretsmanager.<Operation>`), built from the
// SDK's model at the service's first request.
import * as model from '@aws-sdk/client-secrets-manager';
import type { Call } from '../protocol/call.js';
import { awsJsonFace } from '../protocol/codecs/awsJson.js';
import { readModel } from '../protocol/model.js';
import type { Face } from '../protocol/service.js';
import { SecretsContext } from './context.js';
import { OPERATIONS } from './operations.js';
import type { SecretsStore } from './store.js';

export function secretsManagerFace(store: SecretsStore): Face {
  return awsJsonFace({
    model: readModel(model),
    version: '1.1',
    targetPrefix: 'secretsmanager',
    operations: OPERATIONS,
    context: (call: Call) => new SecretsContext(store, call),
  });
}
