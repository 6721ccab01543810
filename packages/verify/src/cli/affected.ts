// `destinations affected`: the services a change affects, as the workspace's Nx says, printed as one line
// of JSON for a workflow's `strategy.matrix.include`.
import { parseArgs } from 'node:util';
import { affectedServices } from '../affected.js';
import { UsageError } from './usage.js';

export const AFFECTED_HELP = `Usage: destinations affected [--base REF] [--head REF] [--all] [--workspace DIR]

Prints, as one line of JSON, each service (an Nx project whose folder holds destinations.yml) that the
change from --base to --head affects, as the workspace's own Nx says (nx show projects --affected), with
the services it depends on that must be deployed first:
  [{"service":"apps/arn-based","name":"...","needs":["apps/destination-infra"]}, ...]
In a workflow: matrix: { include: \${{ fromJSON(needs.<job>.outputs.services) }} }.

Options:
      --base REF       compare with REF (Nx takes the merge base); default nx.json's defaultBase, else main
      --head REF       default HEAD, with the uncommitted changes
      --all            every service, affected or not
      --workspace DIR  the Nx workspace (default the current directory)`;

export async function runAffected(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      all: { type: 'boolean' },
      workspace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(AFFECTED_HELP);
    return 0;
  }
  if (positionals.length) throw new UsageError(`takes no arguments; got '${positionals[0]}'`);
  if (values.all && (values.base || values.head)) throw new UsageError('--all takes no --base or --head');
  const services = await affectedServices({
    workspace: values.workspace,
    base: values.base,
    head: values.head,
    all: values.all,
  });
  console.log(JSON.stringify(services));
  return 0;
}
