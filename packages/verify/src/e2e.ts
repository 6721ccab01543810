// `e2e`: deploy a stage (after the services it needs), verify it, remove it (and them). On `local` the
// local cloud runs in-process unless an endpoint (--endpoint, else AWS_ENDPOINT_URL) names a running one.
// What was deployed and removed is returned in the report and recorded in the run's state (and its state
// file), beside the taps.
import path from 'node:path';
import { commandExists, type StageTarget } from '@destinations-action/deploy';
import { resolveEndpoint, resolveRegion } from './clients.js';
import { endpointSource, requireAnswering } from './endpoint.js';
import { ConfigError } from './errors.js';
import { loadRun } from './load.js';
import { useLocalCloud } from './localCloud.js';
import { placeholderLines } from './placeholders.js';
import { progress } from './progress.js';
import { checkNameLengths } from './spec/nameLengths.js';
import { deployRecordedNeed, deployRecordedStage, leftDeployed, removeRecordedStage } from './stage.js';
import { newRunState, type RunState } from './state.js';
import type { Report, VerifyOptions } from './types.js';
import { verify } from './verify.js';

export { DEFAULT_TIME_SCALE } from './localCloud.js';

/**
 * Throws what broke the deploy or the verification (after removing the stage when asked). A removal
 * that fails after a verification is not thrown: the report's `deployment.removeError` says why.
 */
export async function e2e(options: VerifyOptions): Promise<Report> {
  // One clock for the run: verify's progress counts from here too, not from its own start.
  const started = Date.now();
  const emit = progress(options, started);
  const cloud = options.cloud ?? 'local';
  const loaded = await loadRun(options);
  const region = options.region ?? loaded.service?.region ?? resolveRegion({});
  const stage = options.stage ?? loaded.service?.stage;
  // What would fail only after packaging (or seconds into the deploy) is refused first.
  if (options.deploy !== false) {
    if (loaded.service) checkNameLengths(loaded.service.names, loaded.service.stage);
    const command = options.serverlessCommand;
    if (command !== undefined && !commandExists(command, loaded.serviceDir)) {
      throw new ConfigError(
        `${options.serverlessSource ?? '--serverless'} names '${command}', which is not a file that can run nor a command on the PATH`,
      );
    }
  }
  let endpoint = options.endpoint;
  let stopCloud: (() => Promise<void>) | undefined;
  const awsEndpoint = cloud === 'aws' ? (endpoint ?? process.env.AWS_ENDPOINT_URL) : undefined;
  if (awsEndpoint) {
    await requireAnswering(
      awsEndpoint,
      endpointSource(options),
      'check the address, or leave it out to use AWS',
    );
  }
  if (cloud === 'local') {
    const inUse = await useLocalCloud({
      endpoint,
      endpointSource: options.endpointSource,
      region,
      timeScale: options.timeScale,
      interpreters: options.interpreters,
    });
    endpoint = inUse.url;
    stopCloud = inUse.stop;
    emit('deploy', inUse.said);
  }
  const target: StageTarget = {
    cloud,
    serviceDir: loaded.serviceDir,
    stage,
    region,
    params: options.params,
    endpoint,
    serverlessCommand: options.serverlessCommand,
    strict: options.strict,
  };
  const state = newRunState(
    { region, cloud, endpoint: resolveEndpoint({ cloud, endpoint }) },
    options.stateFile,
  );
  const remove = options.remove ?? cloud === 'local';
  let report: Report | undefined;
  let failure: { error: unknown } | undefined;
  let placeholders: Report['placeholders'];
  try {
    if (options.deploy !== false) {
      for (const dir of options.needs ?? []) {
        const need: StageTarget = { ...target, serviceDir: path.resolve(dir) };
        emit(
          'deploy',
          `deploying ${dir} stage ${stage ?? 'dev'} to ${cloud} first: ${loaded.serviceDir} needs it`,
        );
        await deployRecordedNeed(state, need, { onOutput: (line) => emit('deploy', line) });
      }
      emit('deploy', `deploying ${loaded.serviceDir} stage ${stage ?? 'dev'} to ${cloud}`);
      const done = await deployRecordedStage(state, target, { onOutput: (line) => emit('deploy', line) });
      placeholders = done.result?.placeholders;
      for (const line of placeholderLines(placeholders ?? [])) emit('deploy', line);
    }
    report = await verify(
      { ...options, spec: loaded.spec, serviceDir: loaded.serviceDir, cloud, region, stage, endpoint },
      state,
      started,
    );
  } catch (error) {
    failure = { error };
  }
  try {
    if (remove && leftDeployed(state).length) {
      emit('remove', `removing stage ${stage ?? 'dev'}`);
      await removeRecordedStage(state).then(
        () => emit('remove', `removed stage ${stage ?? 'dev'}`),
        (err) => emit('remove', `could not remove stage ${stage ?? 'dev'}: ${(err as Error).message}`),
      );
    }
  } finally {
    await stopCloud?.();
  }
  if (failure) throw failure.error;
  const record = state.stage;
  return {
    ...report!,
    ...(placeholders?.length ? { placeholders } : {}),
    deployment: {
      deployed: record?.deployed ?? false,
      removed: record?.removed ?? false,
      stackName: record?.target.stackName,
      removeError: removeErrors(state),
    },
  };
}

/** Why the stage, or a service it needs, is still there. */
function removeErrors(state: RunState): string | undefined {
  const failed = [
    ...(state.stage?.removeError ? [state.stage.removeError] : []),
    ...(state.needs ?? []).flatMap((n) =>
      n.removeError ? [`${n.target.serviceDir}: ${n.removeError}`] : [],
    ),
  ];
  return failed.length ? failed.join('; ') : undefined;
}
