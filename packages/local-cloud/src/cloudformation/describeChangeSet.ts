// DescribeChangeSet: status and the resource changes.
import type { DescribeChangeSetInput, DescribeChangeSetOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { optionalStackNameOrId, required } from './validate.js';
import { changeSetView } from './views.js';

export async function describeChangeSet(
  ctx: CloudFormationContext,
  input: DescribeChangeSetInput,
): Promise<DescribeChangeSetOutput> {
  const changeSetName = required(input.ChangeSetName, 'ChangeSetName');
  const stackName = optionalStackNameOrId(input.StackName);
  const { stack, changeSet } = (await ctx.engine()).findChangeSet(ctx.region, changeSetName, stackName);
  return changeSetView(stack, changeSet);
}
