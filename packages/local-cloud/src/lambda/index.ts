// lambda: the rest-json API (functions, versions, aliases, policies, concurrency, layers, Invoke,
// EventInvokeConfig, event source mappings) on the one operation contract, and the internal interface other
// services invoke functions through.
import { randomUUID } from 'node:crypto';
import type { LocalCloud, Service } from '../cloud.js';
import type { LambdaInternal } from '../internal.js';
import { LambdaState as LambdaDisk } from '../persistence/lambdaState.js';
import { savingAfter } from '../persistence/operations.js';
import type { Call } from '../protocol/call.js';
import { restJsonFace } from '../protocol/codecs/restJson.js';
import { EventQueue } from './async/eventQueue.js';
import { removeCode } from './code.js';
import { LambdaContext, type LambdaState } from './context.js';
import { EventSourceMappings } from './eventSourceMappings.js';
import { LayerStore } from './layerStore.js';
import { parseFunctionRef } from './names.js';
import { OPERATIONS } from './operations.js';
import { Pool } from './runtime/pool.js';
import { LambdaStore } from './store.js';

/** The region of a full function ARN: other services reach functions of any region by their ARN. */
const regionOf = (functionArnOrName: string) => parseFunctionRef(functionArnOrName)?.region;

export function createLambdaService(cloud: LocalCloud): Service {
  const store = new LambdaStore(cloud);
  const pool = new Pool(cloud, (env) => {
    const fn = env.fn;
    if (!store.holds(fn)) return false;
    return (
      env.version === (env.version.version === '$LATEST' ? fn.latest : fn.versions.get(env.version.version))
    );
  });
  const disk = cloud.state ? new LambdaDisk(cloud.state) : undefined;
  const queue = new EventQueue(cloud, store, pool, disk);
  const mappings = new EventSourceMappings(cloud, store, pool);
  const layers = new LayerStore();
  const state: LambdaState = {
    cloud,
    store,
    layers,
    pool,
    queue,
    mappings,
    codeDirs: new Set(),
    codeParent: disk?.codeParent,
  };
  disk?.restore(store, layers);
  queue.restore();

  const internal: LambdaInternal = {
    invokeAsync(functionArnOrName, payload, options) {
      const region = regionOf(functionArnOrName) ?? options?.region ?? cloud.config.region;
      const resolved = store.get(functionArnOrName, region, undefined, true);
      const requestId = randomUUID();
      queue.enqueue(resolved, payload, requestId);
      return { requestId };
    },
    describeFunction(functionArnOrName, region) {
      try {
        const { fn } = store.get(functionArnOrName, regionOf(functionArnOrName) ?? region);
        return { arn: fn.arn, role: fn.latest.config.Role };
      } catch {
        return undefined;
      }
    },
  };
  cloud.lambda = internal;

  return {
    name: 'lambda',
    faces: [
      restJsonFace({
        client: () => import('@aws-sdk/client-lambda'),
        operations: savingAfter(OPERATIONS, disk && (() => disk.save(store, layers)), (name) =>
          /^(Get|List|Invoke)/.test(name),
        ),
        context: (call: Call) => new LambdaContext(state, call),
        // Invoke's raw payload (the handler's answer) is JSON.
        payloadContentType: 'application/json',
      }),
    ],
    start() {
      queue.resume();
    },
    async stop() {
      await mappings.stop();
      queue.stop();
      pool.stop();
      for (const dir of state.codeDirs) removeCode(dir);
      state.codeDirs.clear();
    },
  };
}
