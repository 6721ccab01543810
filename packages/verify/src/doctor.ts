// `doctor`: the preflight alone, for a service folder, a spec or a bare function name or ARN; on a local
// cloud also what it did not emulate of the service's stack.
import { existsSync } from 'node:fs';
import { createClients, resolveRegion } from './clients.js';
import { readLocalCloud } from './cloudInfo.js';
import { loadRun } from './load.js';
import { deployedPlaceholders, placeholderProblems } from './placeholders.js';
import { preflight } from './preflight.js';
import { FunctionNotFound, resolveFunction } from './resolve.js';
import type { CaseSpec, Problem, Spec, VerifyOptions } from './types.js';

export interface DoctorOptions
  extends Pick<
    VerifyOptions,
    'serviceDir' | 'spec' | 'stage' | 'region' | 'cloud' | 'endpoint' | 'params' | 'strict'
  > {
  /** A function name or ARN to check without a spec (all its configured destinations). */
  function?: string;
}

/** Problems found (errors, warnings, checks skipped); an empty list means all is well. */
export async function doctor(options: DoctorOptions): Promise<Problem[]> {
  let spec: Spec;
  let loaded: Awaited<ReturnType<typeof loadRun>> | undefined;
  if (options.function && !(options.spec || (options.serviceDir && existsSync(options.serviceDir)))) {
    spec = { functions: [{ function: options.function, cases: [] }] };
  } else {
    loaded = await loadRun(options);
    spec = loaded.spec;
  }
  const service = loaded?.service;
  const region = options.region ?? service?.region ?? resolveRegion({});
  const clients = createClients({ region, cloud: options.cloud, endpoint: options.endpoint });
  const problems: Problem[] = [];
  const local = await readLocalCloud(clients.endpoint);
  try {
    for (const f of spec.functions) {
      try {
        const fn = await resolveFunction(clients, f.function, f.qualifier, service);
        problems.push(...(await preflight(clients, fn, f.cases as CaseSpec[], local)));
      } catch (err) {
        if (!(err instanceof FunctionNotFound)) throw err;
        problems.push({ level: 'error', check: 'function', subject: f.function, message: err.message });
      }
    }
    // Only a local cloud makes placeholders; it answers its health check, whatever `cloud` says.
    if (service && loaded && clients.endpoint && local) {
      const placeholders = await deployedPlaceholders({
        serviceDir: loaded.serviceDir,
        stage: service.stage,
        region,
        endpoint: clients.endpoint,
      });
      problems.push(...placeholderProblems(placeholders, options.strict));
    }
  } finally {
    clients.destroy();
  }
  return problems;
}
