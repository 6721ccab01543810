// SSM's one protocol, awsJson 1.1 (`X-Amz-Target: AmazonSSM.<Operation>`), built from the SDK's model at
// the service's first request.
import * as model from '@aws-sdk/client-ssm';
import type { Call } from '../protocol/call.js';
import { awsJsonFace } from '../protocol/codecs/awsJson.js';
import { readModel } from '../protocol/model.js';
import type { Face } from '../protocol/service.js';
import { SsmContext } from './context.js';
import { OPERATIONS } from './operations.js';
import type { SsmStore } from './store.js';

export function ssmFace(store: SsmStore): Face {
  return awsJsonFace({
    model: readModel(model),
    version: '1.1',
    targetPrefix: 'AmazonSSM',
    operations: OPERATIONS,
    context: (call: Call) => new SsmContext(store, call),
  });
}
