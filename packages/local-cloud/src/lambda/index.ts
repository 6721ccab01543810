// lambda: the rest-json API (functions, versions, aliases, policies, concurrency, layers, Invoke,
// EventInvokeConfig) on the one operation contract, and the internal interface other services invoke
// functions through.
import { randomUUID } from 'node:crypto';
import type { LocalCloud, Service } from '../cloud.js';
import type { LambdaInternal } from '../internal.js';
import type { Call } from '../protocol/call.js';
import { restJsonFace } from '../protocol/codecs/restJson.js';
import { EventQueue } from './async/eventQueue.js';
import { removeCode } from './code.js';
import { LambdaContext, type LambdaState } from './context.js';
import { LayerStore } from './layerStore.js';
import { OPERATIONS } from './operations.js';
import { Pool } from './runtime/pool.js';
import { LambdaStore } from './store.js';

export function createLambdaService(cloud: LocalCloud): Service {
  const store = new LambdaStore(cloud);
  const pool = new Pool(cloud, (env) => {
    const fn = env.fn;
    if (!store.holds(fn)) return false;
    return (
      env.version === (env.version.version === '$LATEST' ? fn.latest : fn.versions.get(env.version.version))
    );
  });
  const queue = new EventQueue(cloud, store, pool);
  const state: LambdaState = { cloud, store, layers: new LayerStore(), pool, queue, codeDirs: new Set() };

  const internal: LambdaInternal = {
    invokeAsync(functionArnOrName, payload, options) {
      const resolved = store.get(functionArnOrName, options?.region ?? cloud.config.region, undefined, true);
      const requestId = randomUUID();
      queue.enqueue(resolved, payload, requestId);
      return { requestId };
    },
    describeFunction(functionArnOrName, region) {
      try {
        const { fn } = store.get(functionArnOrName, region);
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
        operations: OPERATIONS,
        context: (call: Call) => new LambdaContext(state, call),
        // Invoke's raw payload (the handler's answer) is JSON.
        payloadContentType: 'application/json',
      }),
    ],
    stop() {
      queue.stop();
      pool.stop();
      for (const dir of state.codeDirs) removeCode(dir);
      state.codeDirs.clear();
    },
  };
}
