// lambda: the rest-json API (functions, versions, aliases, policies, concurrency, Invoke,
// EventInvokeConfig), and the internal interface other services invoke functions through.
import { randomUUID } from 'node:crypto';
import type { LocalCloud, Service } from '../cloud.js';
import type { LambdaInternal } from '../internal.js';
import type { LocalRequest } from '../protocol/request.js';
import { compileRoutes, type RestHandler, type RestRoute, serveRestJson } from '../protocol/restJson.js';
import { addPermission } from './addPermission.js';
import { EventQueue } from './async/eventQueue.js';
import { removeCode } from './code.js';
import type { LambdaContext } from './context.js';
import { createAlias } from './createAlias.js';
import { createFunction } from './createFunction.js';
import { deleteAlias } from './deleteAlias.js';
import { deleteFunction } from './deleteFunction.js';
import { deleteFunctionConcurrency } from './deleteFunctionConcurrency.js';
import { deleteFunctionEventInvokeConfig } from './deleteFunctionEventInvokeConfig.js';
import { getAccountSettings } from './getAccountSettings.js';
import { getAlias } from './getAlias.js';
import { getFunction } from './getFunction.js';
import { getFunctionConcurrency } from './getFunctionConcurrency.js';
import { getFunctionConfiguration } from './getFunctionConfiguration.js';
import { getFunctionEventInvokeConfig } from './getFunctionEventInvokeConfig.js';
import { getPolicy } from './getPolicy.js';
import { invoke } from './invoke.js';
import { listAliases } from './listAliases.js';
import { listFunctionEventInvokeConfigs } from './listFunctionEventInvokeConfigs.js';
import { listFunctions } from './listFunctions.js';
import { listTags } from './listTags.js';
import { listVersionsByFunction } from './listVersionsByFunction.js';
import { publishVersion } from './publishVersion.js';
import { putFunctionConcurrency } from './putFunctionConcurrency.js';
import { putFunctionEventInvokeConfig } from './putFunctionEventInvokeConfig.js';
import { removePermission } from './removePermission.js';
import { Pool } from './runtime/pool.js';
import { LambdaStore } from './store.js';
import { tagResource } from './tagResource.js';
import { untagResource } from './untagResource.js';
import { updateAlias } from './updateAlias.js';
import { updateFunctionCode } from './updateFunctionCode.js';
import { updateFunctionConfiguration } from './updateFunctionConfiguration.js';
import { updateFunctionEventInvokeConfig } from './updateFunctionEventInvokeConfig.js';

type Operation = (
  ctx: LambdaContext,
  req: LocalRequest,
  params: Record<string, string>,
) => ReturnType<RestHandler>;

const FN = '/2015-03-31/functions/{FunctionName}';
const EIC = '/2019-09-25/functions/{FunctionName}/event-invoke-config';

const TABLE: [string, string, Operation][] = [
  ['POST', '/2015-03-31/functions', createFunction],
  ['GET', '/2015-03-31/functions', listFunctions],
  ['GET', FN, getFunction],
  ['DELETE', FN, deleteFunction],
  ['GET', `${FN}/configuration`, getFunctionConfiguration],
  ['PUT', `${FN}/configuration`, updateFunctionConfiguration],
  ['PUT', `${FN}/code`, updateFunctionCode],
  ['POST', `${FN}/invocations`, invoke],
  ['POST', `${FN}/versions`, publishVersion],
  ['GET', `${FN}/versions`, listVersionsByFunction],
  ['POST', `${FN}/aliases`, createAlias],
  ['GET', `${FN}/aliases`, listAliases],
  ['GET', `${FN}/aliases/{Name}`, getAlias],
  ['PUT', `${FN}/aliases/{Name}`, updateAlias],
  ['DELETE', `${FN}/aliases/{Name}`, deleteAlias],
  ['POST', `${FN}/policy`, addPermission],
  ['GET', `${FN}/policy`, getPolicy],
  ['DELETE', `${FN}/policy/{StatementId}`, removePermission],
  ['PUT', '/2017-10-31/functions/{FunctionName}/concurrency', putFunctionConcurrency],
  ['DELETE', '/2017-10-31/functions/{FunctionName}/concurrency', deleteFunctionConcurrency],
  ['GET', '/2019-09-30/functions/{FunctionName}/concurrency', getFunctionConcurrency],
  ['GET', `${EIC}/list`, listFunctionEventInvokeConfigs],
  ['PUT', EIC, putFunctionEventInvokeConfig],
  ['POST', EIC, updateFunctionEventInvokeConfig],
  ['GET', EIC, getFunctionEventInvokeConfig],
  ['DELETE', EIC, deleteFunctionEventInvokeConfig],
  ['POST', '/2017-03-31/tags/{Resource}', tagResource],
  ['DELETE', '/2017-03-31/tags/{Resource}', untagResource],
  ['GET', '/2017-03-31/tags/{Resource}', listTags],
  ['GET', '/2016-08-19/account-settings', getAccountSettings],
];

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
  const ctx: LambdaContext = { cloud, store, pool, queue, codeDirs: new Set() };
  const routes = compileRoutes(
    TABLE.map(
      ([method, path, op]): RestRoute => ({ method, path, handler: (req, params) => op(ctx, req, params) }),
    ),
  );

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
    handle: (req, res) => serveRestJson(routes, req, res),
    stop() {
      queue.stop();
      pool.stop();
      for (const dir of ctx.codeDirs) removeCode(dir);
      ctx.codeDirs.clear();
    },
  };
}
