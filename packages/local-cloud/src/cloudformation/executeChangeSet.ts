// ExecuteChangeSet: runs the create or update the change set describes.
import type { ExecuteChangeSetInput, ExecuteChangeSetOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { optionalStackNameOrId, required } from './validate.js';

export async function executeChangeSet(
  ctx: CloudFormationContext,
  input: ExecuteChangeSetInput,
): Promise<ExecuteChangeSetOutput> {
  const changeSetName = required(input.ChangeSetName, 'ChangeSetName');
  const stackName = optionalStackNameOrId(input.StackName);
  (await ctx.engine()).executeChangeSet(ctx.region, changeSetName, stackName);
  return {};
}
