// SSM Parameter Store in the local cloud: parameters with their versions, one module per operation,
// its SDK model loaded at the first SSM request.
import type { LocalCloud, Service } from '../cloud.js';
import { lazyJsonFace } from '../protocol/codecs/lazy.js';
import { SsmStore } from './store.js';

export function createSsmService(_cloud: LocalCloud): Service {
  const store = new SsmStore();
  return {
    name: 'ssm',
    faces: [
      lazyJsonFace({ version: '1.1', targetPrefix: 'AmazonSSM' }, async () =>
        (await import('./face.js')).ssmFace(store),
      ),
    ],
  };
}
