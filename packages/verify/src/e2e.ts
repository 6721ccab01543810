// `e2e`: deploy a stage, verify it, remove it. On `local` the local cloud runs in-process unless an
// endpoint names a running one.
import { resolveRegion } from './clients.js';
import { deployLocal, removeLocal, runServerless } from './deploy.js';
import { loadRun } from './load.js';
import { progress } from './progress.js';
import type { Report, VerifyOptions } from './types.js';
import { verify } from './verify.js';

/** Time scale of an in-process local cloud: a 60 s retry delay takes 60 ms. */
export const DEFAULT_TIME_SCALE = 0.001;

export async function e2e(options: VerifyOptions): Promise<Report> {
  const emit = progress(options);
  const cloud = options.cloud ?? 'local';
  const loaded = await loadRun(options);
  const region = options.region ?? loaded.service?.region ?? resolveRegion({});
  const stage = options.stage ?? loaded.service?.stage;
  let endpoint = options.endpoint;
  let stopCloud: (() => Promise<void>) | undefined;
  if (cloud === 'local' && !endpoint) {
    const { startLocalCloud } = await import('@destinations-action/local-cloud');
    const running = await startLocalCloud({
      port: 0,
      region,
      logLevel: 'error',
      timeScale: options.timeScale ?? DEFAULT_TIME_SCALE,
    });
    endpoint = running.url;
    stopCloud = running.stop;
    emit('deploy', `local cloud started at ${endpoint}`);
  }
  const target = {
    serviceDir: loaded.serviceDir,
    stage,
    region,
    params: options.params,
    endpoint,
    serverlessCommand: options.serverlessCommand,
  };
  const remove = options.remove ?? cloud === 'local';
  let stackName: string | undefined;
  let deployed = false;
  try {
    if (options.deploy !== false) {
      emit('deploy', `deploying ${loaded.serviceDir} stage ${stage ?? 'dev'} to ${cloud}`);
      if (cloud === 'local') stackName = await deployLocal(target, (line) => emit('deploy', line));
      else await runServerless('deploy', target);
      deployed = true;
    }
    return await verify({
      ...options,
      spec: loaded.spec,
      serviceDir: loaded.serviceDir,
      cloud,
      region,
      stage,
      endpoint,
    });
  } finally {
    try {
      if (deployed && remove) {
        emit('remove', `removing stage ${stage ?? 'dev'}`);
        if (cloud === 'local') await removeLocal(target, stackName!);
        else await runServerless('remove', target);
      }
    } finally {
      await stopCloud?.();
    }
  }
}
