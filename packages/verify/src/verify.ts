// `verify`: against a deployed stage, resolve -> preflight -> tap -> fire -> collect -> judge -> report,
// removing every temporary tap at the end, after a failure, or on SIGINT/SIGTERM.
import { destinationType, functionNameOf } from './arn.js';
import { arrangementFor, caseFunction, describeArrangement } from './arrange.js';
import { type Clients, createClients, resolveRegion } from './clients.js';
import { readLocalCloud } from './cloudInfo.js';
import { Collection } from './collect.js';
import { defaultDeadlineSeconds } from './deadline.js';
import { startFailures } from './diagnose.js';
import { endpointSource, requireAnswering } from './endpoint.js';
import { ConfigError, PreflightError, RunStopped } from './errors.js';
import { judge } from './judge.js';
import { loadRun } from './load.js';
import { preflight } from './preflight.js';
import { progress } from './progress.js';
import { type ResolvedFunction, resolveFunction } from './resolve.js';
import { fireInRounds, type Job } from './rounds.js';
import { onTerminate } from './signals.js';
import { newRunState, type RunState } from './state.js';
import { cleanupTaps } from './tap/cleanup.js';
import { openTap } from './tap/index.js';
import type { Tap } from './tap/types.js';
import type { CaseSpec, Problem, Report, VerifyOptions } from './types.js';
import { VERSION } from './version.js';

/**
 * `state`: the run state to record the taps in (e2e shares its own); default a new one at options.stateFile.
 * `clock`: when the run began, for progress times (e2e's start, so a run has one clock).
 */
export async function verify(options: VerifyOptions, state?: RunState, clock?: number): Promise<Report> {
  const started = Date.now();
  const emit = progress(options, clock ?? started);
  options.signal?.throwIfAborted();
  const { spec, service } = await loadRun(options);
  const cloud = options.cloud ?? 'aws';
  const region = options.region ?? service?.region ?? resolveRegion({});
  const clients = createClients({ region, cloud, endpoint: options.endpoint });
  try {
    // e2e has checked its endpoint already; alone, an endpoint that does not answer is bad configuration.
    if (!state && clients.endpoint) {
      await requireAnswering(clients.endpoint, endpointSource(options), 'start it, or check the address');
    }
    emit('resolve', `resolving ${spec.functions.map((f) => f.function).join(', ')} in ${region}`);
    const groups: { fn: ResolvedFunction; cases: CaseSpec[] }[] = [];
    for (const f of spec.functions) {
      const fn = await resolveFunction(clients, f.function, f.qualifier, service);
      if (!fn.destinations)
        throw new ConfigError(
          `function ${fn.functionName} has no EventInvokeConfig: add destinations.onSuccess/onFailure to it in serverless.yml`,
        );
      groups.push({ fn, cases: f.cases });
    }
    emit('preflight', 'checking runtimes, destinations and permissions');
    // An endpoint that answers as a local cloud is one, whatever `cloud` says: its delays are scaled.
    const local = await readLocalCloud(clients.endpoint);
    const problems: Problem[] = [];
    for (const g of groups) problems.push(...(await preflight(clients, g.fn, g.cases, local)));
    const fatal = problems.filter((p) => p.fatal);
    if (fatal.length) throw new PreflightError(fatal);
    const timeScale = local?.timeScale;
    const jobs: Job[] = groups.flatMap((g) =>
      g.cases.map((c) => ({
        fn: caseFunction(c, g.fn),
        base: g.fn,
        spec: c,
        arrangement: arrangementFor(c, g.fn),
      })),
    );
    const roundSeconds = (some: Job[]) =>
      options.timeoutSeconds ??
      defaultDeadlineSeconds(
        some.map((j) => ({ fn: j.fn, cases: [j.spec] })),
        timeScale === undefined ? 'aws' : 'local',
        timeScale ?? 1,
      );
    const deadlineSeconds = runSeconds(jobs, roundSeconds);
    const run = state ?? newRunState(clients, options.stateFile);
    const removeHandlers =
      options.handleSignals === false ? () => undefined : onTerminate(() => cleanupTaps(run, clients));
    try {
      const taps = await openTaps(clients, run, groups);
      emit('tap', `reading ${taps.map((t) => `${t.type} ${t.destinationArn} through ${t.via}`).join('; ')}`);
      const firedAt = Date.now() - 1000;
      const collection = new Collection(taps, {
        markerField: spec.markerField,
        deadlineMs: deadlineSeconds * 1000,
        waitSeconds: cloud === 'local' ? 1 : 5,
        pollIntervalMs: cloud === 'local' ? 50 : 2000,
        signal: options.signal,
        onProgress: (received, expected) => emit('collect', 'collecting records', { received, expected }),
      });
      try {
        await fireInRounds(clients, run, collection, jobs, {
          markerField: spec.markerField,
          concurrency: options.concurrency,
          signal: options.signal,
          roundSeconds,
          emit,
        });
        options.signal?.throwIfAborted();
      } catch (err) {
        collection.abort();
        await collection.finish();
        throw err;
      }
      const waiting = collection.invocations.filter((inv) => !inv.error).length;
      emit('collect', `waiting up to ${deadlineSeconds} s for ${waiting} records`, {
        received: 0,
        expected: waiting,
      });
      const collected = await collection.finish();
      const invocations = collection.invocations;
      options.signal?.throwIfAborted();
      if (collected.broken) throw new RunStopped(`stopped while waiting for records: ${collected.broken}`);
      emit('judge', `judging ${jobs.length} cases`);
      const accounted = new Set([
        ...collected.arrivals.map((a) => a.invocation),
        ...collected.unreadable.map((u) => u.invocation),
      ]);
      const missingSome = invocations.some((inv, i) => !inv.error && !accounted.has(i));
      const cases = judge({
        cases: jobs,
        invocations,
        arrivals: collected.arrivals,
        unreadable: collected.unreadable,
        invoked: collected.invoked,
        startFailures: missingSome
          ? await startFailures(clients, functionsToDiagnose(groups), firedAt)
          : undefined,
        preflight: problems,
        deadlineSeconds,
        waitedMs: collected.elapsedMs,
        failOnDuplicates: options.failOnDuplicates,
      });
      const finished = Date.now();
      const sum = (f: (c: (typeof cases)[number]) => number) => cases.reduce((n, c) => n + f(c), 0);
      return {
        version: 1,
        tool: { name: '@destinations-action/verify', version: VERSION },
        passed: cases.every((c) => c.passed),
        ...(service?.service ? { service: service.service } : {}),
        stage: options.stage ?? service?.stage,
        region,
        cloud,
        endpoint: clients.endpoint,
        functionArn: groups[0].fn.functionArn,
        functions: groups.map((g) => ({
          function: g.fn.ref,
          functionArn: g.fn.functionArn,
          maximumRetryAttempts: g.fn.maximumRetryAttempts,
          destinations: g.fn.destinations ?? {},
        })),
        startedAt: new Date(started).toISOString(),
        finishedAt: new Date(finished).toISOString(),
        durationMs: finished - started,
        deadlineSeconds,
        preflight: problems,
        taps: taps.map((t) => ({ destinationArn: t.destinationArn, type: t.type, via: t.via })),
        cases: cases.map((c, i) =>
          jobs[i].arrangement
            ? { ...c, arranged: describeArrangement(jobs[i].arrangement!, jobs[i].base) }
            : c,
        ),
        totals: {
          cases: cases.length,
          passed: cases.filter((c) => c.passed).length,
          failed: cases.filter((c) => !c.passed).length,
          invocations: sum((c) => c.invocations),
          received: sum((c) => c.received),
          missing: sum((c) => c.missing),
          wrongDestination: sum((c) => c.wrongDestination),
          duplicates: sum((c) => c.duplicates),
        },
      };
    } finally {
      if (run.created.length) emit('cleanup', `removing ${run.created.length} temporary tap resources`);
      const errors = await cleanupTaps(run, clients);
      removeHandlers();
      for (const e of errors) emit('cleanup', e);
    }
  } finally {
    clients.destroy();
  }
}

/**
 * The whole wait: the cases run on the functions as deployed, or, for a function with cases that change
 * it, that function's other cases and then each of those cases in turn.
 */
function runSeconds(jobs: Job[], roundSeconds: (some: Job[]) => number): number {
  const plain = jobs.filter((j) => !j.arrangement);
  let longest = plain.length ? roundSeconds(plain) : 0;
  const byFunction = new Map<string, Job[]>();
  for (const j of jobs)
    byFunction.set(j.base.functionName, [...(byFunction.get(j.base.functionName) ?? []), j]);
  for (const mine of byFunction.values()) {
    const arranged = mine.filter((j) => j.arrangement);
    if (!arranged.length) continue;
    const others = mine.filter((j) => !j.arrangement);
    const total =
      (others.length ? roundSeconds(others) : 0) + arranged.reduce((n, j) => n + roundSeconds([j]), 0);
    longest = Math.max(longest, total);
  }
  return longest;
}

/** The functions whose logs may say why a record is missing: those under test and their Lambda destinations. */
function functionsToDiagnose(groups: { fn: ResolvedFunction }[]): string[] {
  return groups.flatMap(({ fn }) => [
    fn.functionName,
    ...Object.values(fn.destinations ?? {})
      .filter((arn): arn is string => Boolean(arn) && destinationType(arn!) === 'lambda')
      .map((arn) => functionNameOf(arn)),
  ]);
}

/** One tap per distinct destination ARN, opened before anything is fired. */
async function openTaps(
  clients: Clients,
  state: RunState,
  groups: { fn: ResolvedFunction }[],
): Promise<Tap[]> {
  const byArn = new Map<string, ResolvedFunction[]>();
  for (const { fn } of groups)
    for (const arn of Object.values(fn.destinations ?? {})) {
      if (!arn) continue;
      byArn.set(arn, [...(byArn.get(arn) ?? []), fn]);
    }
  const taps: Tap[] = [];
  for (const [arn, fns] of byArn) {
    try {
      const tap = await openTap(clients, state, arn, fns);
      if (tap) taps.push(tap);
    } catch {
      // A destination that cannot be read (missing, not served) is reported by the preflight; its
      // cases fail as missing records, with that problem as the cause.
    }
  }
  return taps;
}
