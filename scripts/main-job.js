// The README's main job: the four destination patterns end to end on one in-process local cloud, one table.
//
//   node scripts/main-job.js [app ...] [--stage dev] [--region us-east-1] [--time-scale 0.001]
//                            [--json FILE] [--repackage] [--keep]
//
// One local cloud runs in this process. Each service is packaged by its own framework (`serverless
// package`, two at a time, skipped when its inputs did not change since the last run); destination-infra
// is deployed as soon as it is packaged, each app as soon as it and the infra are ready, and verified
// with its destinations.yml right after (apps that share a destination wait for each other, so no two
// verifiers read one queue at once). Everything is removed at the end; the table says what passed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const INFRA = 'destination-infra';
const PATTERNS = ['same-service', 'arn-based', 'params', 'stage-based'];
/** Written in .serverless after packaging: a hash of the inputs it was packaged from. */
const STAMP = '.main-job-inputs';
/** `serverless package` is CPU-bound: more at once than the CI machine's two cores only adds waiting. */
const PACKAGERS = 2;

const HELP = `Usage: node scripts/main-job.js [app ...] [--stage dev] [--region us-east-1] [--time-scale 0.001]
                               [--json FILE] [--repackage] [--keep]

Runs the apps (default: ${PATTERNS.join(', ')}) end to end on one in-process local cloud,
together with ${INFRA}: package, deploy, verify each app's destinations.yml, remove.
Prints one table; exits 1 when a case fails or a step breaks.

  --repackage   package every service again, even when its inputs did not change
  --keep        leave the stacks deployed (the in-process cloud still stops at the end)
  --json FILE   write the table, the timings and each app's verification report`;

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      stage: { type: 'string', default: 'dev' },
      region: { type: 'string', default: 'us-east-1' },
      'time-scale': { type: 'string', default: '0.001' },
      json: { type: 'string' },
      repackage: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const unknown = positionals.filter((a) => a !== INFRA && !PATTERNS.includes(a));
  if (unknown.length > 0) {
    console.error(`main-job: unknown app ${unknown.join(', ')}; expected ${[INFRA, ...PATTERNS].join(', ')}`);
    return 2;
  }
  const apps = positionals.length > 0 ? PATTERNS.filter((a) => positionals.includes(a)) : PATTERNS;
  const options = {
    stage: values.stage,
    region: values.region,
    timeScale: Number(values['time-scale']),
    repackage: values.repackage,
    keep: values.keep,
  };

  const localCloud = await import('@destinations-action/local-cloud');
  const verifier = await importOptional('@destinations-action/verify');
  const ready = ['deployTemplate', 'removeServerless'].every((f) => typeof localCloud[f] === 'function');
  if (!ready || typeof verifier?.verify !== 'function') return healthOnly(localCloud);

  const job = await runJob(localCloud, verifier, apps, options);
  const { rows, problems } = summarize(job, apps);
  // Alone, destination-infra has no cases: deploying and removing it is the whole check.
  if (apps.length === 0 && problems.length === 0) {
    rows.push({
      pattern: INFRA,
      case: 'deploy, remove',
      destination: '',
      expected: '',
      received: '',
      passed: true,
    });
  }
  const passed = rows.length > 0 && rows.every((r) => r.passed) && problems.length === 0;
  console.log(`\n${renderTable(rows)}`);
  for (const p of problems) console.log(`  - ${p}`);
  const spans = Object.entries(job.spans)
    .map(([phase, s]) => `${phase} ${seconds(s.from - job.started)}-${seconds(s.to - job.started)}`)
    .join(', ');
  const total = performance.now() - job.started;
  console.log(`\n${passed ? 'PASSED' : 'FAILED'} in ${seconds(total)} (${spans})`);
  if (values.json) {
    const out = { passed, stage: options.stage, region: options.region, rows, problems, total, ...job };
    await writeFile(values.json, `${JSON.stringify(out, null, 2)}\n`);
  }
  return passed ? 0 : 1;
}

/** Package, deploy, verify and remove, each service as early as it can go; errors are kept, not thrown. */
async function runJob(localCloud, verifier, apps, options) {
  const started = performance.now();
  /** For each phase, when it first started and last ended: phases overlap, so sums would mislead. */
  const spans = {};
  const phase = async (name, fn) => {
    const from = performance.now();
    try {
      return await fn();
    } finally {
      const to = performance.now();
      const s = spans[name];
      spans[name] = s ? { from: Math.min(s.from, from), to: Math.max(s.to, to) } : { from, to };
    }
  };
  const errors = [];
  const reports = {};
  const deployed = [];
  const running = await localCloud.startLocalCloud({
    port: 0,
    region: options.region,
    timeScale: options.timeScale,
    logLevel: 'error',
  });
  const endpoint = running.url;
  try {
    const slot = pool(PACKAGERS);
    const packaged = Object.fromEntries(
      [INFRA, ...apps].map((app) => [app, slot(() => phase('package', () => packageService(app, options)))]),
    );
    const infra = packaged[INFRA].then(() =>
      phase('deploy', () => deploy(localCloud, INFRA, endpoint, options)),
    );
    infra.then(
      () => deployed.push(INFRA),
      (err) => errors.push(broken(INFRA, 'deploy', err)),
    );
    const destinations = {};
    const verifying = {};
    await Promise.all(
      apps.map(async (app) => {
        let result;
        try {
          await packaged[app];
        } catch (err) {
          errors.push(broken(app, 'package', err));
          return;
        }
        try {
          await infra.catch(() => {
            throw new Error(`${INFRA} is not deployed`);
          });
          result = await phase('deploy', () => deploy(localCloud, app, endpoint, options));
          deployed.push(app);
        } catch (err) {
          errors.push(broken(app, 'deploy', err));
          return;
        }
        destinations[app] = result.functions.flatMap((f) => [f.onSuccess, f.onFailure]).filter(Boolean);
        const sharing = Object.keys(verifying).filter((other) =>
          destinations[other].some((d) => destinations[app].includes(d)),
        );
        verifying[app] = (async () => {
          await Promise.allSettled(sharing.map((other) => verifying[other]));
          reports[app] = await phase('verify', () =>
            verifier.verify({
              serviceDir: join(ROOT, 'apps', app),
              stage: options.stage,
              region: options.region,
              cloud: 'local',
              endpoint,
              handleSignals: false,
            }),
          );
        })();
        await verifying[app].catch((err) => errors.push(broken(app, 'verify', err)));
      }),
    );
    await infra.catch(() => undefined);
  } finally {
    if (!options.keep) {
      const removeOne = (app) =>
        remove(localCloud, app, endpoint, options).catch((err) => errors.push(broken(app, 'remove', err)));
      await phase('remove', async () => {
        await Promise.all(deployed.filter((a) => a !== INFRA).map(removeOne));
        if (deployed.includes(INFRA)) await removeOne(INFRA);
      });
    }
    await running.stop();
  }
  return { started, spans, errors, reports };
}

/** The table rows, in the apps' order, and one line per failure or broken step. */
function summarize(job, apps) {
  const rows = [];
  const problems = [];
  for (const app of [INFRA, ...apps]) {
    for (const e of job.errors.filter((x) => x.app === app)) {
      rows.push({
        pattern: app,
        case: `(${e.step})`,
        destination: '',
        expected: '',
        received: '',
        passed: false,
      });
      problems.push(`${app}: ${e.step} failed: ${e.message}`);
    }
    const report = job.reports[app];
    if (!report) continue;
    rows.push(...rowsOf(app, report));
    for (const c of report.cases) {
      for (const f of c.failures)
        problems.push(`${app} / ${c.name}: ${f.message}${f.cause ? ` (${f.cause})` : ''}`);
    }
  }
  return { rows, problems };
}

const broken = (app, step, err) => ({ app, step, message: message(err) });

/** Runs at most `size` of the given tasks at once, in the order they were handed in. */
function pool(size) {
  let active = 0;
  const waiting = [];
  const next = () => {
    if (active >= size || waiting.length === 0) return;
    active++;
    const { task, resolveTask, rejectTask } = waiting.shift();
    task()
      .then(resolveTask, rejectTask)
      .finally(() => {
        active--;
        next();
      });
  };
  return (task) =>
    new Promise((resolveTask, rejectTask) => {
      waiting.push({ task, resolveTask, rejectTask });
      next();
    });
}

async function importOptional(name) {
  try {
    return await import(name);
  } catch {
    return undefined;
  }
}

/** Until the stack engine and the verifier land: prove only that the local cloud starts and answers. */
async function healthOnly(localCloud) {
  const cloud = await localCloud.startLocalCloud({ port: 0, logLevel: 'quiet' });
  try {
    const res = await fetch(`${cloud.url}/_localcloud/health`);
    const health = await res.json();
    console.log(`local cloud ${health.version} answers at ${cloud.url}: ${health.services.join(', ')}`);
    console.log('the stack engine or the verifier is not built yet: the apps were not run');
    return res.status === 200 ? 0 : 1;
  } finally {
    await cloud.stop();
  }
}

/**
 * `serverless package --stage S --region R` in the service's folder, unless .serverless already holds
 * the package of exactly these inputs. Needs no credentials; none of the caller's AWS settings are passed.
 */
async function packageService(app, options) {
  const dir = join(ROOT, 'apps', app);
  const hash = await inputsHash(dir, options);
  const stamp = await readFile(join(dir, '.serverless', STAMP), 'utf8').catch(() => '');
  if (!options.repackage && stamp === hash) {
    console.log(`${app}: packaged already, inputs unchanged`);
    return;
  }
  const t0 = performance.now();
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_')));
  Object.assign(env, {
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
  });
  const bin = join(ROOT, 'node_modules', 'osls', 'bin', 'serverless.js');
  const args = [bin, 'package', '--stage', options.stage, '--region', options.region];
  const { code, output } = await run(process.execPath, args, dir, env);
  if (code !== 0) throw new Error(`serverless package failed (exit ${code}):\n${output.trim()}`);
  await writeFile(join(dir, '.serverless', STAMP), hash);
  console.log(`${app}: packaged in ${seconds(performance.now() - t0)}`);
}

/** What a package depends on: the service's files (not its README or spec), stage, region, osls version. */
async function inputsHash(dir, options) {
  const osls = await readFile(join(ROOT, 'node_modules', 'osls', 'package.json'), 'utf8').catch(() => '{}');
  const hash = createHash('sha256').update(
    JSON.stringify([options.stage, options.region, JSON.parse(osls).version]),
  );
  for (const file of await serviceFiles(dir))
    hash.update(`${file}\0`).update(await readFile(join(dir, file)));
  return hash.digest('hex');
}

async function serviceFiles(dir, prefix = '') {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const files = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (['.serverless', 'node_modules', 'README.md', 'destinations.yml'].includes(rel)) continue;
    if (e.isDirectory()) files.push(...(await serviceFiles(dir, rel)));
    else if (e.isFile()) files.push(rel);
  }
  return files;
}

/**
 * Deploys what the package step left in .serverless, as `serverless deploy` (and deployServerless) do:
 * the create-stack template, the code zips to its deployment bucket, then the update-stack template.
 * deployServerless would package the service again; this keeps the package cache useful.
 */
async function deploy(localCloud, app, endpoint, options) {
  const dir = join(ROOT, 'apps', app, '.serverless');
  const state = JSON.parse(await readFile(join(dir, 'serverless-state.json'), 'utf8'));
  const { service, provider } = state.service;
  const name = typeof service === 'string' ? service : service.name;
  const stackName = provider.stackName ?? `${name}-${options.stage}`;
  const where = { stackName, region: options.region, endpoint };
  const t0 = performance.now();
  const created = await localCloud.deployTemplate({
    ...where,
    templateFile: join(dir, 'cloudformation-template-create-stack.json'),
  });
  const bucket =
    created.outputs.ServerlessDeploymentBucketName ??
    created.resources.find((r) => r.logicalId === 'ServerlessDeploymentBucket')?.physicalId;
  const { S3Client, PutObjectCommand } = await importFrom('packages/local-cloud', '@aws-sdk/client-s3');
  const s3 = new S3Client({
    endpoint,
    region: options.region,
    forcePathStyle: true,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  try {
    for (const zip of (await readdir(dir)).filter((f) => f.endsWith('.zip'))) {
      const Key = `${state.package.artifactDirectoryName}/${zip}`;
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key, Body: await readFile(join(dir, zip)) }));
    }
  } finally {
    s3.destroy();
  }
  const result = await localCloud.deployTemplate({
    ...where,
    templateFile: join(dir, 'cloudformation-template-update-stack.json'),
  });
  console.log(`${app}: deployed ${stackName} in ${seconds(performance.now() - t0)}`);
  // One line per distinct warning: a log group per function would repeat the same one.
  const counts = new Map();
  for (const w of result.warnings) {
    const text = w.replace(/^\w+: (Warning: )?/, '');
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  for (const [text, n] of counts) console.log(`  warning${n > 1 ? ` (${n}x)` : ''}: ${text}`);
  return result;
}

async function remove(localCloud, app, endpoint, options) {
  const serviceDir = join(ROOT, 'apps', app);
  await localCloud.removeServerless({ serviceDir, stage: options.stage, region: options.region, endpoint });
}

/** A module as the given workspace package resolves it (the AWS SDK is its dependency, not the root's). */
async function importFrom(packageDir, name) {
  const require = createRequire(join(ROOT, packageDir, 'package.json'));
  return import(pathToFileURL(require.resolve(name)).href);
}

/** One table row per case: the pattern, the case, where its records must land, how many came. */
function rowsOf(app, report) {
  const several = new Set(report.cases.map((c) => c.function)).size > 1;
  return report.cases.map((c) => ({
    pattern: app,
    case: several ? `${c.function.split(/[:-]/).pop()}: ${c.name}` : c.name,
    destination: `${c.expected.destination} ${describeArn(c.expected.destinationArn)}`.trim(),
    expected: c.invocations,
    received: c.received,
    passed: c.passed,
  }));
}

/** `arn:aws:sqs:us-east-1:000000000000:successQueue-dev` -> `(SQS successQueue-dev)`. */
function describeArn(arn) {
  if (!arn) return '';
  const [, , service, , , ...rest] = arn.split(':');
  const resource = rest.join(':');
  const kind =
    { sqs: 'SQS', sns: 'SNS', events: 'EventBridge', lambda: 'Lambda', s3: 'S3' }[service] ?? service;
  const name = service === 'lambda' ? resource.split(':')[1] : resource.split('/').pop();
  return `(${kind} ${name})`;
}

function renderTable(rows) {
  const header = ['pattern', 'case', 'destination', 'expected', 'received', 'verdict'];
  const body = rows.map((r) => [
    r.pattern,
    r.case,
    r.destination,
    String(r.expected),
    String(r.received),
    r.passed ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

function run(command, args, cwd, env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const message = (err) => (err instanceof Error ? err.message : String(err));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  },
);
