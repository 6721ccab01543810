// `local-cloud start | deploy | remove | status`: the command-line entry.
import { deploy } from './cli/deploy.js';
import { remove } from './cli/remove.js';
import { START_HELP, start } from './cli/start.js';
import { status } from './cli/status.js';
import { UsageError } from './cli/usage.js';
import { VERSION } from './version.js';

const HELP = `local-cloud ${VERSION}: AWS on one local port (Lambda with destinations, SQS, SNS, EventBridge, S3, Logs, CloudWatch, API Gateway, CloudFormation)

Usage: local-cloud <command> [options]

Commands:
  start    run the local cloud in the foreground
  deploy   deploy a Serverless service or a CloudFormation template to it
  remove   remove what deploy created
  status   tell whether a local cloud answers

Run 'local-cloud <command> --help' for its options.

${START_HELP}`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = { start, deploy, remove, status };

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
      `local-cloud: unknown command '${command}'; expected one of ${Object.keys(COMMANDS).join(', ')}`,
    );
    return 2;
  }
  try {
    return await run(rest);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`local-cloud ${command}: ${(err as Error).message}`);
      return 2;
    }
    throw err;
  }
}
