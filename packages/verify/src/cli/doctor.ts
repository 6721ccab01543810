// `destinations doctor`: the preflight alone; one line per problem, exit 1 when any is an error.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { doctor } from '../doctor.js';
import { COMMON_OPTIONS, common, parseCloud } from './options.js';

export const DOCTOR_HELP = `Usage: destinations doctor <service dir | destinations.yml | function name or ARN> --stage S [options]

Checks, without invoking anything: the function exists and has an EventInvokeConfig, each destination
exists and is a supported type (not FIFO; S3 only on failure), the execution role may deliver there, and
whether a destination queue has a consumer; says what each case will change on the function while it
runs (reserved concurrency, retry settings) and that it restores it. On a local cloud it also lists the
service's resources it did not emulate (inert placeholders: a handler that calls one will fail), as
warnings, or as errors with --strict.

Options:
  -s, --stage S          stage deployed
  -r, --region R         region
      --cloud aws|local  aws (default) or a local cloud
      --endpoint URL     AWS endpoint (default AWS_ENDPOINT_URL)
      --param k=v        stage parameter, repeatable
      --strict           resources the local cloud did not emulate are errors
Exit codes: 0 no errors (warnings and skipped checks are printed), 1 an error found, 2 bad input.`;

export async function runDoctor(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { ...COMMON_OPTIONS, strict: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(DOCTOR_HELP);
    return 0;
  }
  const target = positionals[0] ?? '.';
  const isPath = existsSync(target);
  const problems = await doctor({
    ...common(values),
    cloud: parseCloud(values.cloud, 'aws'),
    strict: values.strict,
    ...(isPath ? { spec: target } : { function: target }),
  });
  if (problems.every((p) => p.level === 'ok')) console.log('no problems found');
  for (const p of problems) console.log(`${p.level}: ${p.message}`);
  return problems.some((p) => p.level === 'error') ? 1 : 0;
}
