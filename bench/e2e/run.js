// The main job's wall time, cold and with the package cache warm, beside its floor: the bare
// `serverless package` of the five services, one after the other, measured in the same run.
//
//   node bench/e2e/run.js [--runs 1] [--markdown FILE]
//
// Needs the local cloud and the verifier built (`npm run build`). Cold = no .serverless folders and
// `--repackage`; warm = the same command again, every package taken as it is.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SERVICES = ['destination-infra', 'same-service', 'arn-based', 'params', 'stage-based'];
const SERVERLESS = join(ROOT, 'node_modules', 'osls', 'bin', 'serverless.js');
const ENV = {
  ...process.env,
  SLS_TELEMETRY_DISABLED: '1',
  SLS_NOTIFICATIONS_MODE: 'off',
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
};

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '1' }, markdown: { type: 'string' } },
});
const runs = Number(values.runs);

/** Runs a command to its end; resolves with its wall time in ms, rejects on a non-zero exit. */
function timed(command, args, cwd = ROOT) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code === 0) resolvePromise({ ms, output });
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${output}`));
    });
  });
}

async function floor() {
  const out = await mkdtemp(join(tmpdir(), 'bench-e2e-'));
  try {
    let total = 0;
    for (const service of SERVICES) {
      const { ms } = await timed(
        process.execPath,
        [SERVERLESS, 'package', '--stage', 'dev', '--package', join(out, service)],
        join(ROOT, 'apps', service),
      );
      total += ms;
    }
    return total;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

async function mainJob(cold) {
  if (cold) {
    for (const service of SERVICES) {
      await rm(join(ROOT, 'apps', service, '.serverless'), { recursive: true, force: true });
    }
  }
  const args = [join(ROOT, 'scripts', 'main-job.js'), ...(cold ? ['--repackage'] : [])];
  const { ms, output } = await timed(process.execPath, args);
  if (!/PASSED in/.test(output)) throw new Error(`the main job did not pass:\n${output}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

const results = { floor: [], cold: [], warm: [] };
for (let i = 0; i < runs; i++) {
  results.floor.push(await floor());
  results.cold.push(await mainJob(true));
  results.warm.push(await mainJob(false));
}
const f = median(results.floor);
const c = median(results.cold);
const w = median(results.warm);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}`;
const table = [
  '| what | wall time | vs floor | goal |',
  '|---|---|---|---|',
  `| floor: bare \`serverless package\` of the 5 services, one after the other | ${s(f)} | 1.00x | |`,
  `| main job, cold (no .serverless, \`--repackage\`) | ${s(c)} | ${(c / f).toFixed(2)}x | <= 1.5x floor |`,
  `| main job, package cache warm | ${s(w)} | ${(w / f).toFixed(2)}x | < 10 s |`,
].join('\n');
const text = `${table}\n\nMedian of ${runs} run(s) on ${machine}. Command: \`node bench/e2e/run.js --runs ${runs}\`.\n`;
console.log(text);
if (values.markdown) await writeFile(values.markdown, text);
const ok = c <= 1.5 * f && w < 10_000;
console.log(ok ? 'goals met' : 'goals NOT met');
