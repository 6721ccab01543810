// `local-cloud remove`: deletes a stack (by name, or the stack of a Serverless service and stage).
import { parseArgs } from 'node:util';
import { removeServerless, removeStack } from '@destinations-action/deploy';
import { withEndpoint } from './endpoint.js';
import { UsageError } from './usage.js';

export const REMOVE_HELP = `Usage: local-cloud remove --stack-name N [--empty-buckets] [--region R] [--endpoint URL]
       local-cloud remove --serverless <service dir> --stage S [--region R] [--endpoint URL]

--serverless empties the service's deployment bucket first, as 'serverless remove' does.
The endpoint is --endpoint, else AWS_ENDPOINT_URL.`;

export async function remove(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'stack-name': { type: 'string' },
      serverless: { type: 'string' },
      stage: { type: 'string' },
      region: { type: 'string' },
      endpoint: { type: 'string' },
      'empty-buckets': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(REMOVE_HELP);
    return 0;
  }
  if (!values.serverless === !values['stack-name'])
    throw new UsageError('give one of --stack-name N or --serverless <dir>');
  if (values.serverless && !values.stage) throw new UsageError('--serverless needs --stage');
  const region = values.region ?? 'us-east-1';
  return withEndpoint(values.endpoint, region, async (endpoint) => {
    const result = values.serverless
      ? await removeServerless({ serviceDir: values.serverless, stage: values.stage!, region, endpoint })
      : await removeStack({
          stackName: values['stack-name']!,
          region,
          endpoint,
          emptyBuckets: values['empty-buckets'],
        });
    console.log(result.removed ? `${result.stackName}: removed` : `${result.stackName}: no such stack`);
    return 0;
  });
}
