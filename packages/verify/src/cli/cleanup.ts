// `destinations cleanup <state file>`: removes temporary taps a cancelled run left behind, restores the
// function settings its cases changed, and with --remove-stage the stage an e2e run deployed and did not remove.
import { parseArgs } from 'node:util';
import { leftDeployed, removeRecordedStage } from '../stage.js';
import { readRunState } from '../state.js';
import { cleanupTaps } from '../tap/cleanup.js';
import { UsageError } from './usage.js';

export const CLEANUP_HELP = `Usage: destinations cleanup <state file> [--remove-stage]

Removes the temporary queues, subscriptions and rules recorded in a state file written by
'destinations verify|e2e --state-file FILE' (a run cancelled before it could clean up), and puts back
the reserved concurrency and EventInvokeConfig a case or a tap changed, as they were.
  --remove-stage   also remove the stage the e2e run recorded as deployed and not removed`;

export async function runCleanup(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { help: { type: 'boolean', short: 'h' }, 'remove-stage': { type: 'boolean' } },
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
  console.log(
    errors.length ? `${errors.length} resources left` : 'temporary taps removed, functions restored',
  );
  // The stage, or the services it needs (e2e's `needs`), deployed and not removed.
  const left = leftDeployed(state)[0]?.target;
  if (left && values['remove-stage']) {
    try {
      await removeRecordedStage(state);
      console.log(`stage ${left.stage ?? 'dev'} removed`);
    } catch (err) {
      console.error(`could not remove stage ${left.stage ?? 'dev'}: ${(err as Error).message}`);
      return 1;
    }
  } else if (left) {
    console.log(`stage ${left.stage ?? 'dev'} is still deployed; --remove-stage removes it`);
  }
  return errors.length ? 1 : 0;
}
