// The placeholders of a stack deployed already (what `destinations doctor` lists), read from its resources.
import { endpointOf } from './deployTemplate.js';
import { type Placeholder, placeholdersOf } from './placeholders.js';

/** Undefined when there is no such stack; an empty list when the endpoint emulated every resource. */
export async function stackPlaceholders(options: {
  stackName: string;
  region?: string;
  /** Default AWS_ENDPOINT_URL. */
  endpoint?: string;
}): Promise<Placeholder[] | undefined> {
  // The SDK loads at first use: a local cloud that never deploys never pays its memory.
  const { ListStackResourcesCommand } = await import('@aws-sdk/client-cloudformation');
  const { cloudFormationClient } = await import('./clients.js');
  const where = { endpoint: endpointOf(options.endpoint), region: options.region ?? 'us-east-1' };
  const cfn = cloudFormationClient(where);
  try {
    const listed = await cfn.send(new ListStackResourcesCommand({ StackName: options.stackName }));
    return placeholdersOf(listed.StackResourceSummaries ?? []);
  } catch (err) {
    if (/does not exist/.test((err as Error).message)) return undefined;
    throw err;
  } finally {
    cfn.destroy();
  }
}
