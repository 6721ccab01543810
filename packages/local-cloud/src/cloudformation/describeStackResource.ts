// DescribeStackResource: one resource of a stack by logical id.
import type { DescribeStackResourceInput, DescribeStackResourceOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { resourceNotInStack } from './errors.js';
import { required, stackNameOrId } from './validate.js';
import { resourceDetailView } from './views.js';

export async function describeStackResource(
  ctx: CloudFormationContext,
  input: DescribeStackResourceInput,
): Promise<DescribeStackResourceOutput> {
  const name = stackNameOrId(input.StackName);
  const stack = (await ctx.engine()).get(ctx.region, name);
  const id = required(input.LogicalResourceId, 'LogicalResourceId');
  const r = stack.resources.get(id);
  if (!r) throw resourceNotInStack(id, stack.stackName);
  return { StackResourceDetail: resourceDetailView(stack, r) };
}
