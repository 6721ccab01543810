// `destinations verify` and `destinations e2e`: run, print the table, write the reports, exit 0/1.
import { parseArgs } from 'node:util';
import { e2e } from '../e2e.js';
import { exitCodeOf } from '../exitCode.js';
import { writeJsonReport, writeMarkdownReport } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderTable } from '../report/table.js';
import { readRunState } from '../state.js';
import type { VerifyOptions } from '../types.js';
import { verify } from '../verify.js';
import { COMMON_OPTIONS, common, parseCloud, parsePositive, parseTimeScale, RUN_OPTIONS } from './options.js';
import { progressPrinter } from './progress.js';
import { stopOnSignals } from './stopSignals.js';
import { runSuiteCli } from './suite.js';
import { UsageError } from './usage.js';

export const VERIFY_HELP = `Usage: destinations verify <service dir | destinations.yml> --stage S [options]

Fires the spec's cases at a deployed stage and checks the records in each destination.

Options:
  -s, --stage S            stage deployed (resolves function names from serverless.yml)
  -r, --region R           region (default: serverless.yml, AWS_REGION, us-east-1)
      --cloud aws|local    aws (default) or a local cloud
      --endpoint URL       AWS endpoint (default AWS_ENDPOINT_URL; local: http://127.0.0.1:4566)
      --timeout S          seconds to wait for records (default: from the function's retry settings)
      --json FILE          write the JSON report (version 1)
      --markdown FILE      write the Markdown report (e.g. $GITHUB_STEP_SUMMARY)
      --param k=v          stage parameter, repeatable
      --fail-on-duplicates fail a case that received duplicate records
      --concurrency N      parallel Invoke calls (default 25)
      --state-file FILE    record temporary taps here (for 'destinations cleanup')
  -q, --quiet              no progress lines
Exit codes: 0 all cases passed, 1 a case failed or the run was cut short (the cloud gone, a destination
deleted), 2 bad input or configuration, 130/143 stopped by SIGINT/SIGTERM.`;

export const E2E_HELP = `Usage: destinations e2e <service dir> [--stage S] [--cloud local|aws] [options]
       destinations e2e <service dir> <service dir> ... [--infra <dir> ...] [--stage S] [options]

Deploys the stage, verifies it, and removes it.
  local (default): starts a local cloud in-process (unless --endpoint names a running one) and deploys
                   with its stack engine; removes the stage afterwards unless --keep.
  aws:             runs 'serverless deploy'; removes only with --remove.
Several services (or --infra) run on one local cloud: packaged two at a time (a package whose inputs
did not change is reused), --infra services deployed first, each other service deployed as soon as it
is ready and verified right after (services sharing a destination take turns); one table for all.

Options: those of 'destinations verify', and
      --keep               do not remove the stage afterwards
      --remove             remove the stage afterwards (aws)
      --no-deploy          verify what is deployed, without deploying
      --time-scale N       time scale of the in-process local cloud (default 0.001)
      --python [RT=]PATH   the in-process local cloud's Python for every python runtime, or for RT
                           (python3.13=/usr/bin/python3.13); repeatable; --node likewise for Node.js
      --serverless CMD     the Serverless command: deploy/remove on aws, package on local
                           (default: aws 'serverless'; local the service's own node_modules/.bin/serverless)
      --infra DIR          with several services: one holding their destinations, repeatable
      --repackage          with several services: package each again even when its inputs did not change
      --strict             local: fail the deploy when a resource type is not served by the local cloud
                           (by default it deploys an inert placeholder, listed as a warning)
Exit codes: 0 all cases passed, 1 a case failed, the run was cut short or the stage could not be removed,
2 bad input or configuration, 130/143 stopped by SIGINT/SIGTERM.`;

export async function runVerify(argv: string[]): Promise<number> {
  return run(argv, 'verify');
}

export async function runE2e(argv: string[]): Promise<number> {
  return run(argv, 'e2e');
}

async function run(argv: string[], command: 'verify' | 'e2e'): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      ...RUN_OPTIONS,
      ...(command === 'e2e'
        ? {
            keep: { type: 'boolean' },
            remove: { type: 'boolean' },
            'no-deploy': { type: 'boolean' },
            'time-scale': { type: 'string' },
            serverless: { type: 'string' },
            infra: { type: 'string', multiple: true },
            repackage: { type: 'boolean' },
            python: { type: 'string', multiple: true },
            node: { type: 'string', multiple: true },
            strict: { type: 'boolean' },
          }
        : {}),
    },
    allowPositionals: true,
    strict: true,
  });
  const v = values as typeof values & {
    keep?: boolean;
    remove?: boolean;
    'no-deploy'?: boolean;
    'time-scale'?: string;
    serverless?: string;
    infra?: string[];
    repackage?: boolean;
    python?: string[];
    node?: string[];
    interpreters?: Record<string, string>;
    strict?: boolean;
  };
  if (v.help) {
    console.log(command === 'verify' ? VERIFY_HELP : E2E_HELP);
    return 0;
  }
  if (v.python || v.node) v.interpreters = await parseInterpreters(v.python, v.node);
  if (command === 'e2e' && (positionals.length > 1 || v.infra)) return runSuiteCli(positionals, v);
  if (positionals.length > 1)
    throw new UsageError(`expected one service folder or spec; got ${positionals.join(' ')}`);
  const target = positionals[0] ?? '.';
  const printer = progressPrinter();
  let phase = 'starting';
  const stop = stopOnSignals((signal) =>
    console.error(`destinations ${command}: ${signal} received during ${phase}: stopping`),
  );
  const options: VerifyOptions = {
    ...common(v),
    spec: target,
    cloud: parseCloud(v.cloud, command === 'e2e' ? 'local' : 'aws'),
    timeoutSeconds: parsePositive('timeout', v.timeout),
    failOnDuplicates: v['fail-on-duplicates'],
    concurrency: parsePositive('concurrency', v.concurrency),
    stateFile: v['state-file'],
    signal: stop.signal,
    // The signal above stops the run; verify's own handlers would race it for the taps.
    handleSignals: false,
    onProgress: (e) => {
      phase = e.phase;
      if (!v.quiet) printer.onProgress(e);
    },
  };
  if (command === 'e2e') {
    Object.assign(options, {
      timeScale: parseTimeScale(v['time-scale']),
      deploy: !v['no-deploy'],
      remove: v.keep ? false : v.remove ? true : undefined,
      serverlessCommand: v.serverless,
      interpreters: v.interpreters,
      strict: v.strict,
    });
  }
  let report: Awaited<ReturnType<typeof verify>>;
  try {
    report = command === 'verify' ? await verify(options) : await e2e(options);
  } catch (err) {
    const signal = stop.received();
    if (!signal) throw err;
    printer.done();
    console.error(
      `destinations ${command}: stopped by ${signal} during ${phase}; ${leftOver(options.stateFile)}`,
    );
    return stop.exitCode();
  } finally {
    stop.dispose();
    printer.done();
  }
  const late = stop.received();
  if (late) {
    // Stopped while removing: the removal ran to its end.
    console.error(
      `destinations ${command}: stopped by ${late} during ${phase}; ${leftOver(options.stateFile)}`,
    );
    return stop.exitCode();
  }
  console.log(renderTable(report));
  if (report.deployment?.removeError)
    console.error(`could not remove stage ${report.stage ?? 'dev'}: ${report.deployment.removeError}`);
  if (v.json) await writeJsonReport(report, v.json);
  if (v.markdown) await writeMarkdownReport(renderMarkdown(report), v.markdown);
  return exitCodeOf(report);
}

/** What a stopped run left: nothing, or what its state file records for 'destinations cleanup'. */
function leftOver(stateFile: string | undefined): string {
  if (!stateFile) {
    return "temporary taps removed (a stage it deployed may be left: '--state-file' records it for 'destinations cleanup')";
  }
  const state = readRunState(stateFile);
  const stageLeft = state?.stage && !state.stage.removed;
  if (!state || (state.created.length === 0 && !stageLeft)) {
    return `temporary taps removed${state?.stage ? ', stage removed' : ''}`;
  }
  return `what it left is recorded in ${stateFile}: 'destinations cleanup ${stateFile}${stageLeft ? ' --remove-stage' : ''}' removes it`;
}

/** `--python` / `--node` as the local cloud reads them, each checked to run. */
async function parseInterpreters(
  python: string[] | undefined,
  node: string[] | undefined,
): Promise<Record<string, string>> {
  const { interpreterSettings } = await import('@destinations-action/local-cloud');
  try {
    return interpreterSettings({ python, node });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export { COMMON_OPTIONS };
