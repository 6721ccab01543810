// What every EventBridge operation works with: the store, the cloud around it, the caller's region and
// the scheduler of scheduled rules.
import type { LocalCloud } from '../cloud.js';
import type { Scheduler } from './scheduler.js';
import type { EventsStore } from './store.js';

export interface EventsContext {
  store: EventsStore;
  cloud: LocalCloud;
  region: string;
  /** Fires scheduled rules: told of every change of a rule. */
  scheduler: Scheduler;
}
