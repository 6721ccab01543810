// DeleteChangeSet: drops a change set that is not executing.
import type { DeleteChangeSetInput, DeleteChangeSetOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { optionalStackNameOrId, required } from './validate.js';

export async function deleteChangeSet(
  ctx: CloudFormationContext,
  input: DeleteChangeSetInput,
): Promise<DeleteChangeSetOutput> {
  const changeSetName = required(input.ChangeSetName, 'ChangeSetName');
  const stackName = optionalStackNameOrId(input.StackName);
  (await ctx.engine()).deleteChangeSet(ctx.region, changeSetName, stackName);
  return {};
}
