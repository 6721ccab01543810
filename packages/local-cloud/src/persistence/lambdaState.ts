// Lambda on disk: functions (versions, aliases, policies, concurrency, event invoke configs) and layers as
// records, their unpacked code under the state directory, and the pending asynchronous events with their
// attempt counts and due times.
import { mkdirSync, readdirSync } from 'node:fs';
import { removeCode } from '../lambda/code.js';
import type { Layer, LayerStore } from '../lambda/layerStore.js';
import type { LambdaFunction, LambdaStore } from '../lambda/store.js';
import type { StateDatabase } from './database.js';
import { fromStateJson, toStateJson } from './json.js';

/** An asynchronous event as stored: the function by region and name instead of the object. */
export interface StoredEvent {
  requestId: string;
  region: string;
  functionName: string;
  payload: Buffer;
  qualifier: string;
  functionArn: string;
  invokedArn: string;
  enqueuedAt: number;
  attempts: number;
  throttles: number;
  last?: { payload: Buffer; functionError?: string; errorType?: string; durationMs: number };
  executedVersion?: string;
  /** When the next attempt is due (epoch ms). */
  dueAt: number;
}

const FUNCTIONS = 'lambda.function';
const LAYERS = 'lambda.layer';

export class LambdaState {
  /** Where code and layer directories are made: under the state directory, kept across restarts. */
  readonly codeParent: string;

  constructor(private readonly db: StateDatabase) {
    this.codeParent = db.pathUnder('lambda-code');
    mkdirSync(this.codeParent, { recursive: true });
  }

  save(store: LambdaStore, layers: LayerStore): void {
    this.db.atomically(() => {
      this.db.replaceRecords(
        FUNCTIONS,
        store.all().map((fn) => [`${fn.region}/${fn.name}`, fn]),
      );
      this.db.replaceRecords(
        LAYERS,
        layers.all().map((l) => [`${l.region}/${l.name}`, l]),
      );
    });
  }

  /** Puts functions and layers back; removes code directories nothing refers to any more. */
  restore(store: LambdaStore, layers: LayerStore): void {
    const used = new Set<string>();
    for (const [, fn] of this.db.records<LambdaFunction>(FUNCTIONS)) {
      store.add(fn);
      for (const v of [fn.latest, ...fn.versions.values()]) {
        used.add(v.code.root);
        for (const l of v.layers ?? []) used.add(l.dir);
      }
    }
    for (const [, layer] of this.db.records<Layer>(LAYERS)) {
      layers.restore(layer);
      for (const v of layer.versions.values()) used.add(v.dir);
    }
    for (const entry of readdirSync(this.codeParent)) {
      const root = this.db.pathUnder('lambda-code', entry);
      if (![...used].some((u) => u === root || u.startsWith(`${root}/`))) removeCode(root);
    }
  }

  putEvent(ev: StoredEvent): void {
    this.db.run(
      'INSERT INTO lambda_event (request_id, value) VALUES (?, ?) ON CONFLICT (request_id) DO UPDATE SET value = excluded.value',
      ev.requestId,
      toStateJson(ev),
    );
  }

  removeEvent(requestId: string): void {
    this.db.run('DELETE FROM lambda_event WHERE request_id = ?', requestId);
  }

  events(): StoredEvent[] {
    return this.db
      .all<{ value: string }>('SELECT value FROM lambda_event ORDER BY rowid')
      .map((r) => fromStateJson<StoredEvent>(r.value));
  }

  atomically<T>(work: () => T): T {
    return this.db.atomically(work);
  }
}
