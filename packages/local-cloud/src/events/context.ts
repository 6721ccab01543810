// What every EventBridge operation works with: the store, the cloud around it, the caller's region.
import type { LocalCloud } from '../cloud.js';
import type { EventsStore } from './store.js';

export interface EventsContext {
  store: EventsStore;
  cloud: LocalCloud;
  region: string;
}
