// Secrets Manager in the local cloud: secrets with versions and staging labels, scheduled deletion, one
// module per operation, its SDK model loaded at the first Secrets Manager request.
import type { LocalCloud, Service } from '../cloud.js';
import { lazyJsonFace } from '../protocol/codecs/lazy.js';
import { SecretsStore } from './store.js';

export function createSecretsManagerService(_cloud: LocalCloud): Service {
  const store = new SecretsStore();
  return {
    name: 'secretsmanager',
    faces: [
      lazyJsonFace({ version: '1.1', targetPrefix: 'secretsmanager' }, async () =>
        (await import('./face.js')).secretsManagerFace(store),
      ),
    ],
  };
}
