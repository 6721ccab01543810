// A suite: several Serverless services end to end on one local cloud, each as early as it can go.
// Packaging runs a few at a time and reuses a package whose inputs did not change; infra services are
// deployed as soon as they are packaged, the others as soon as they and every infra service are ready,
// and verified right after; services that share a destination are verified one after another, so two
// verifiers never read one queue at once. Everything is removed at the end, infra last.
import {
  deployStage,
  type PackagedService,
  packageService,
  removeStage,
  type StageDeployed,
  type StageTarget,
} from '@destinations-action/deploy';
import { useLocalCloud } from '../localCloud.js';
import { placeholderLines } from '../placeholders.js';
import type { Report } from '../types.js';
import { verify } from '../verify.js';
import { pool } from './pool.js';
import { summarize } from './summary.js';
import type { SuiteOptions, SuiteResult, SuiteService, SuiteStep } from './types.js';

export async function runSuite(options: SuiteOptions): Promise<SuiteResult> {
  const stage = options.stage ?? 'dev';
  const region = options.region ?? 'us-east-1';
  const log = (line: string) => options.onLog?.(line);
  const started = performance.now();
  const spans: SuiteResult['spans'] = {};
  const step = async <T>(name: SuiteStep, fn: () => Promise<T>): Promise<T> => {
    const from = performance.now() - started;
    try {
      return await fn();
    } finally {
      const to = performance.now() - started;
      const s = spans[name];
      spans[name] = s ? { from: Math.min(s.from, from), to: Math.max(s.to, to) } : { from, to };
    }
  };
  const errors: SuiteResult['errors'] = [];
  const broke = (service: SuiteService, name: SuiteStep, err: unknown) =>
    errors.push({
      service: service.name,
      step: name,
      message: err instanceof Error ? err.message : String(err),
    });
  const reports: Record<string, Report> = {};
  const deployed = new Map<SuiteService, StageTarget>();
  const placeholders: SuiteResult['placeholders'] = [];

  const cloud = await useLocalCloud({
    endpoint: options.endpoint,
    region,
    timeScale: options.timeScale,
    interpreters: options.interpreters,
  });
  log(cloud.said);
  const endpoint = cloud.url;
  const targetOf = (s: SuiteService): StageTarget => ({
    cloud: 'local',
    serviceDir: s.serviceDir,
    stage,
    region,
    endpoint,
    serverlessCommand: options.serverlessCommand,
    strict: options.strict,
  });
  const deploy = (s: SuiteService, packaged: PackagedService) =>
    step('deploy', async () => {
      const t0 = performance.now();
      // Listed before the deploy starts: one that fails half-way leaves a stack to remove.
      deployed.set(s, targetOf(s));
      const done = await deployStage(targetOf(s), { packaged });
      deployed.set(s, { ...targetOf(s), stackName: done.stackName });
      log(`${s.name}: deployed ${done.stackName} in ${seconds(performance.now() - t0)}`);
      for (const line of warningLines(done)) log(`  ${line}`);
      const mine = done.result?.placeholders ?? [];
      for (const line of placeholderLines(mine)) log(`  ${line}`);
      placeholders.push(...mine.map((p) => ({ service: s.name, ...p })));
      return done;
    });

  try {
    const slot = pool(options.packagers ?? 2);
    const packaged = new Map(
      options.services.map((s) => [
        s,
        slot(() => step('package', () => packageOne(s, { stage, region, endpoint }, options, log))),
      ]),
    );
    const infra = options.services.filter((s) => s.infra);
    const infraReady = infra.map(async (s) => {
      let pkg: PackagedService;
      try {
        pkg = await packaged.get(s)!;
      } catch (err) {
        broke(s, 'package', err);
        throw err;
      }
      await deploy(s, pkg).catch((err) => {
        broke(s, 'deploy', err);
        throw err;
      });
    });
    const allInfra = Promise.all(infraReady);
    allInfra.catch(() => undefined);
    const destinations = new Map<SuiteService, string[]>();
    const verifying = new Map<SuiteService, Promise<void>>();
    await Promise.all(
      options.services
        .filter((s) => !s.infra)
        .map(async (s) => {
          let pkg: PackagedService;
          try {
            pkg = await packaged.get(s)!;
          } catch (err) {
            broke(s, 'package', err);
            return;
          }
          let done: StageDeployed;
          try {
            await allInfra.catch(() => {
              throw new Error(`${infra.map((i) => i.name).join(', ')} is not deployed`);
            });
            done = await deploy(s, pkg);
          } catch (err) {
            broke(s, 'deploy', err);
            return;
          }
          const mine = (done.result?.functions ?? []).flatMap((f) =>
            [f.onSuccess, f.onFailure].filter((d): d is string => Boolean(d)),
          );
          const sharing = [...verifying.keys()].filter((other) =>
            destinations.get(other)!.some((d) => mine.includes(d)),
          );
          destinations.set(s, mine);
          const turn = (async () => {
            await Promise.allSettled(sharing.map((other) => verifying.get(other)));
            const after = sharing.length ? ` after ${sharing.map((o) => o.name).join(', ')}` : '';
            log(`${s.name}: verifying${after}`);
            const t0 = performance.now();
            const report = await step('verify', () =>
              verify({
                serviceDir: s.serviceDir,
                stage,
                region,
                cloud: 'local',
                endpoint,
                handleSignals: false,
              }),
            );
            const notEmulated = done.result?.placeholders ?? [];
            reports[s.name] = notEmulated.length ? { ...report, placeholders: notEmulated } : report;
            const { passed, cases } = report.totals;
            log(`${s.name}: verified in ${seconds(performance.now() - t0)}, ${passed}/${cases} cases passed`);
          })();
          verifying.set(s, turn);
          await turn.catch((err) => broke(s, 'verify', err));
        }),
    );
    await Promise.allSettled(infraReady);
  } finally {
    if (!options.keep) {
      const removeOne = (s: SuiteService) =>
        removeStage(deployed.get(s)!).catch((err) => broke(s, 'remove', err));
      await step('remove', async () => {
        const [first, last] = [
          [...deployed.keys()].filter((s) => !s.infra),
          [...deployed.keys()].filter((s) => s.infra),
        ];
        await Promise.all(first.map(removeOne));
        await Promise.all(last.map(removeOne));
      });
    }
    await cloud.stop?.();
  }
  const { rows, problems } = summarize(options.services, errors, reports);
  return {
    passed: rows.length > 0 && rows.every((r) => r.passed) && problems.length === 0,
    stage,
    region,
    rows,
    problems,
    errors,
    reports,
    placeholders,
    spans,
    durationMs: performance.now() - started,
  };
}

async function packageOne(
  s: SuiteService,
  where: { stage: string; region: string; endpoint: string },
  options: SuiteOptions,
  log: (line: string) => void,
): Promise<PackagedService> {
  const t0 = performance.now();
  const pkg = await packageService({
    serviceDir: s.serviceDir,
    ...where,
    serverlessCommand: options.serverlessCommand,
    cache: options.repackage ? 'refresh' : 'reuse',
  });
  log(
    pkg.reused
      ? `${s.name}: packaged already, inputs unchanged`
      : `${s.name}: packaged in ${seconds(performance.now() - t0)}`,
  );
  return pkg;
}

/** One line per distinct warning of a deploy: a log group per function would repeat the same one. */
function warningLines(done: StageDeployed): string[] {
  const counts = new Map<string, number>();
  for (const w of done.result?.warnings ?? []) {
    const text = w.replace(/^\w+: (Warning: )?/, '');
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].map(([text, n]) => `warning${n > 1 ? ` (${n}x)` : ''}: ${text}`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
