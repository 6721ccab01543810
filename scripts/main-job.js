// The README's main job: the five destination patterns end to end on one in-process local cloud, one
// table. A thin script over the verifier's suite (runSuite): it packages each service with its own
// framework (two at a time, reusing a package whose inputs did not change), deploys destination-infra
// first and each app as soon as it is ready, verifies each app's destinations.yml (apps that share a
// destination take turns), removes everything, and prints the suite's table.
//
//   node scripts/main-job.js [app ...] [--stage dev] [--region us-east-1] [--time-scale 0.001]
//                            [--json FILE] [--repackage] [--keep] [--strict]
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderSuite, runSuite } from '@destinations-action/verify';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const INFRA = 'destination-infra';
const PATTERNS = ['same-service', 'arn-based', 'params', 'stage-based', 's3-sns'];

const HELP = `Usage: node scripts/main-job.js [app ...] [--stage dev] [--region us-east-1] [--time-scale 0.001]
                               [--json FILE] [--repackage] [--keep] [--strict]

Runs the apps (default: ${PATTERNS.join(', ')}) end to end on one in-process local cloud,
together with ${INFRA}: package, deploy, verify each app's destinations.yml, remove.
Prints one table; exits 1 when a case fails or a step breaks.

  --repackage   package every service again, even when its inputs did not change
  --keep        leave the stacks deployed (the in-process cloud still stops at the end)
  --strict      fail a deploy with resource types the local cloud does not serve (by default each is an
                inert placeholder, listed as a warning under the table)
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
      strict: { type: 'boolean', default: false },
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
  const timeScale = Number(values['time-scale']);
  if (!(timeScale > 0)) {
    console.error(`main-job: --time-scale must be a positive number; got '${values['time-scale']}'`);
    return 2;
  }
  const apps = positionals.length > 0 ? PATTERNS.filter((a) => positionals.includes(a)) : PATTERNS;
  const service = (name, infra) => ({ name, serviceDir: join(ROOT, 'apps', name), infra });
  const result = await runSuite({
    services: [service(INFRA, true), ...apps.map((a) => service(a, false))],
    stage: values.stage,
    region: values.region,
    timeScale,
    repackage: values.repackage,
    keep: values.keep,
    strict: values.strict,
    onLog: (line) => console.log(line),
  });
  console.log(`\n${renderSuite(result, { serviceColumn: 'pattern' })}`);
  if (values.json) await writeFile(values.json, `${JSON.stringify(result, null, 2)}\n`);
  return result.passed ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exitCode = 1;
  },
);
