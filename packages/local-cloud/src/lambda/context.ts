// What every Lambda operation works with: the service's state (store, layers, warm pool, event queue) and the
// call (region, request id, base URL), built per request from the one shared state.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LocalCloud } from '../cloud.js';
import type { Call } from '../protocol/call.js';
import type { Operation } from '../protocol/service.js';
import type { EventQueue } from './async/eventQueue.js';
import type { EventSourceMappings } from './eventSourceMappings.js';
import type { LayerStore } from './layerStore.js';
import type { Pool } from './runtime/pool.js';
import type { LambdaStore } from './store.js';

/** The service's state, made once when the cloud starts. */
export interface LambdaState {
  cloud: LocalCloud;
  store: LambdaStore;
  layers: LayerStore;
  pool: Pool;
  queue: EventQueue;
  mappings: EventSourceMappings;
  /** Code and layer directories created, removed when the cloud stops. */
  codeDirs: Set<string>;
  /** With --state-dir: where code and layer directories are made instead (kept, not removed at stop). */
  codeParent?: string;
}

export class LambdaContext {
  constructor(
    private readonly state: LambdaState,
    private readonly call: Call,
  ) {}

  get cloud(): LocalCloud {
    return this.state.cloud;
  }

  get store(): LambdaStore {
    return this.state.store;
  }

  get layers(): LayerStore {
    return this.state.layers;
  }

  get pool(): Pool {
    return this.state.pool;
  }

  get queue(): EventQueue {
    return this.state.queue;
  }

  get mappings(): EventSourceMappings {
    return this.state.mappings;
  }

  get codeDirs(): Set<string> {
    return this.state.codeDirs;
  }

  /** A new directory for code or a layer: kept under the state directory, else temporary (removed at stop). */
  codeRoot(prefix: string): string {
    const root = mkdtempSync(path.join(this.state.codeParent ?? tmpdir(), prefix));
    if (!this.state.codeParent) this.state.codeDirs.add(root);
    return root;
  }

  /** The region from the request's signature, else the cloud's default. */
  get region(): string {
    return this.call.region;
  }

  /** This request's id, also its `x-amzn-RequestId` (and an async event's request id). */
  get requestId(): string {
    return this.call.requestId;
  }

  /** `http://host:port` as the client addressed us, for code locations handed back. */
  get baseUrl(): string {
    return this.call.baseUrl;
  }
}

export type LambdaOperation<I, O> = Operation<LambdaContext, I, O>;
