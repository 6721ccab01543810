// How long the Action's bundle takes to fail on a bad input: its index.js with INPUT_CLOUD=bogus, from spawn
// to exit, beside a ceiling measured the same way in the same run: the shape of GitHub's
// actions/typescript-action template (one entry importing only @actions/core, failing on a missing required
// input), bundled here with the Action's esbuild settings. The Action is built from this checkout's sources
// by packages/action/scripts/bundle.js into a temporary folder (dist/ is neither read nor written).
//
//   node bench/startup/run.js [--runs N] [--ref REF ...] [--node PATH]
//
// --runs (default 15) is the number of starts of each bundle; the starts are interleaved, so a busy moment of
// the machine falls on every bundle alike. --ref measures the bundle committed at a git ref too (e.g. the
// commit before a change), taken from `git archive` into a temporary folder; repeatable. --node runs the
// bundles on another Node.js binary (default the one running this script).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    ref: { type: 'string', multiple: true, default: [] },
    node: { type: 'string', default: process.execPath },
  },
});
const RUNS = Number(values.runs);
const temp = mkdtempSync(path.join(os.tmpdir(), 'bench-startup-'));

/** The template's shape: src/main.ts reads a required input and fails the step when it is missing. */
async function ceiling() {
  const dir = path.join(temp, 'template');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'main.ts'),
    [
      "import * as core from '@actions/core';",
      'export async function run(): Promise<void> {',
      '  try {',
      "    const ms = core.getInput('milliseconds', { required: true });",
      "    core.debug('Waiting ' + ms + ' milliseconds ...');",
      "    core.setOutput('time', new Date().toTimeString());",
      '  } catch (error) {',
      '    if (error instanceof Error) core.setFailed(error.message);',
      '  }',
      '}',
      'await run();',
      '',
    ].join('\n'),
  );
  // The settings of packages/action/scripts/bundle.js that shape what Node.js loads at start.
  await build({
    entryPoints: [path.join(dir, 'main.ts')],
    outdir: path.join(dir, 'dist'),
    entryNames: 'index',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    nodePaths: [path.join(root, 'node_modules')],
    legalComments: 'none',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    banner: {
      js: [
        "import { createRequire as __actionCreateRequire } from 'node:module';",
        "import { fileURLToPath as __actionFileURLToPath } from 'node:url';",
        'const require = __actionCreateRequire(import.meta.url);',
      ].join('\n'),
    },
  });
  return {
    name: 'ceiling: the template (@actions/core only)',
    file: path.join(dir, 'dist', 'index.js'),
    env: {},
    expect: 'Input required and not supplied: milliseconds',
  };
}

/** The Action built from this checkout, as the bundle script builds dist/, into a temporary folder. */
function built() {
  const dir = path.join(temp, 'action');
  execFileSync(process.execPath, [path.join(root, 'packages/action/scripts/bundle.js'), dir], {
    stdio: 'inherit',
  });
  return bundle('the Action (this checkout, built)', path.join(dir, 'index.js'));
}

/** The bundle committed at `ref`, unpacked on its own. */
function committed(ref) {
  const dir = path.join(temp, ref.replace(/[^\w.-]/g, '_'));
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', ref, 'packages/action/dist'], {
    cwd: root,
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return bundle(`Action at ${ref}`, path.join(dir, 'packages/action/dist/index.js'));
}

function bundle(name, file) {
  return {
    name,
    file,
    env: { 'INPUT_WORKING-DIRECTORY': 'apps/same-service', INPUT_CLOUD: 'bogus' },
    expect: "Input 'cloud' must be",
  };
}

/** One start: milliseconds from spawn to exit, and whether it failed on the input as it should. */
function start(subject) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(values.node, [subject.file], {
    cwd: temp,
    env: { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: root, ...subject.env },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (run.status !== 1 || !run.stdout.includes(subject.expect))
    throw new Error(
      `${subject.name}: expected exit 1 with "${subject.expect}", got ${run.status}: ${run.stdout}${run.stderr}`,
    );
  return ms;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
  const subjects = [built(), ...values.ref.map(committed), await ceiling()];
  for (const s of subjects) start(s); // warm the file cache
  const times = subjects.map(() => []);
  for (let i = 0; i < RUNS; i++) for (const [j, s] of subjects.entries()) times[j].push(start(s));
  const load = os.loadavg()[0].toFixed(1);
  const ceilingMedian = pct(
    [...times.at(-1)].sort((a, b) => a - b),
    50,
  );
  const version = execFileSync(values.node, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`node ${version}, ${RUNS} starts each, interleaved; load average ${load}`);
  console.log('| bundle | median ms | min ms | p90 ms | median / ceiling |');
  console.log('|---|---:|---:|---:|---:|');
  subjects.forEach((s, j) => {
    const t = [...times[j]].sort((a, b) => a - b);
    const median = pct(t, 50);
    console.log(
      `| ${s.name} | ${median.toFixed(0)} | ${t[0].toFixed(0)} | ${pct(t, 90).toFixed(0)} | ${(median / ceilingMedian).toFixed(2)}x |`,
    );
  });
} finally {
  rmSync(temp, { recursive: true, force: true });
}
