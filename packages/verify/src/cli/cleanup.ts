// `destinations cleanup <state file>`: removes temporary taps a cancelled run left behind.
import { parseArgs } from 'node:util';
import { readRunState } from '../state.js';
import { cleanupTaps } from '../tap/cleanup.js';
import { UsageError } from './usage.js';

export const CLEANUP_HELP = `Usage: destinations cleanup <state file>

Removes the temporary queues, subscriptions and rules recorded in a state file written by
'destinations verify --state-file FILE' (a run cancelled before it could clean up).`;

export async function runCleanup(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(CLEANUP_HELP);
    return 0;
  }
  if (!positionals[0]) throw new UsageError('expected a state file');
  const state = readRunState(positionals[0]);
  if (!state) {
    console.log('nothing to clean up');
    return 0;
  }
  const errors = await cleanupTaps(state);
  for (const e of errors) console.error(e);
  console.log(errors.length ? `${errors.length} resources left` : 'temporary taps removed');
  return errors.length ? 1 : 0;
}
