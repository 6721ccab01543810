// What every SNS operation works with: the store, the cloud around it (delivery reaches other services
// through it), the caller's region.
import type { LocalCloud } from '../cloud.js';
import type { SnsStore } from './store.js';

export interface SnsContext {
  store: SnsStore;
  cloud: LocalCloud;
  region: string;
}
