// DescribeStacks: one stack by name or id, or every live stack of the region.
import type { DescribeStacksInput, DescribeStacksOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { optionalStackNameOrId } from './validate.js';
import { stackView } from './views.js';

export async function describeStacks(
  ctx: CloudFormationContext,
  input: DescribeStacksInput,
): Promise<DescribeStacksOutput> {
  const name = optionalStackNameOrId(input.StackName);
  const engine = await ctx.engine();
  const stacks = name
    ? [engine.get(ctx.region, name)]
    : engine.stacks.filter((s) => s.region === ctx.region && s.status !== 'DELETE_COMPLETE');
  return { Stacks: stacks.map(stackView) };
}
