// SSM Parameter Store in the local cloud: parameters with their versions, one module per operation,
// served on awsJson 1.1 (`X-Amz-Target: AmazonSSM.<Operation>`).
import type { LocalCloud, Service } from '../cloud.js';
import type { Call } from '../protocol/call.js';
import { awsJsonFace } from '../protocol/codecs/awsJson.js';
import { SsmContext } from './context.js';
import { OPERATIONS } from './operations.js';
import { SsmStore } from './store.js';

export function createSsmService(_cloud: LocalCloud): Service {
  const store = new SsmStore();
  return {
    name: 'ssm',
    faces: [
      awsJsonFace({
        client: () => import('@aws-sdk/client-ssm'),
        version: '1.1',
        targetPrefix: 'AmazonSSM',
        operations: OPERATIONS,
        context: (call: Call) => new SsmContext(store, call),
      }),
    ],
  };
}
