// What every Lambda operation works with: the cloud, the store, the warm pool and the event queue.
import type { LocalCloud } from '../cloud.js';
import type { EventQueue } from './async/eventQueue.js';
import type { Pool } from './runtime/pool.js';
import type { LambdaStore } from './store.js';

export interface LambdaContext {
  cloud: LocalCloud;
  store: LambdaStore;
  pool: Pool;
  queue: EventQueue;
  /** Code directories created, removed when the cloud stops. */
  codeDirs: Set<string>;
}
