// `destinations verify | e2e | doctor | cleanup | affected`: the command-line entry.
import { CommandError, ServiceConfigError, StackOperationError } from '@destinations-action/deploy';
import { runAffected } from './cli/affected.js';
import { runCleanup } from './cli/cleanup.js';
import { runDoctor } from './cli/doctor.js';
import { runE2e, runVerify } from './cli/run.js';
import { UsageError } from './cli/usage.js';
import { ConfigError, RunStopped } from './errors.js';
import { VERSION } from './version.js';

const HELP = `destinations ${VERSION}: prove that AWS Lambda destinations deliver

Usage: destinations <command> [options]

Commands:
  verify    fire the cases of destinations.yml at a deployed stage and check every record
  e2e       deploy a stage (local cloud or AWS), verify it, remove it
  doctor    check the function, its destinations and the role's permissions, without invoking
  cleanup   remove temporary taps left by a cancelled run (from its --state-file)
  affected  the services a change affects, as Nx says, as JSON for a workflow's matrix

Run 'destinations <command> --help' for its options.
Exit codes: 0 all passed, 1 a case failed, 2 bad input or configuration.`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  verify: runVerify,
  e2e: runE2e,
  doctor: runDoctor,
  cleanup: runCleanup,
  affected: runAffected,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version') {
    console.log(VERSION);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(
      `destinations: unknown command '${command}'; expected one of ${Object.keys(COMMANDS).join(', ')}`,
    );
    return 2;
  }
  try {
    return await run(rest);
  } catch (err) {
    const e = err as Error & { code?: string };
    // Bad input, or a service its framework or the cloud refused as written: one message, no stack.
    const bad =
      err instanceof UsageError ||
      err instanceof ConfigError ||
      err instanceof CommandError ||
      err instanceof ServiceConfigError ||
      err instanceof StackOperationError;
    if (bad || e.code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`destinations ${command}: ${e.message}`);
      return 2;
    }
    // A run cut short by its surroundings: the cause in one message, not a verdict on the cases.
    if (err instanceof RunStopped) {
      console.error(`destinations ${command}: ${e.message}`);
      return 1;
    }
    throw err;
  }
}
