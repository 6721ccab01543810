// DescribeStackEvents: newest first.
import type { DescribeStackEventsInput, DescribeStackEventsOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { stackNameOrId } from './validate.js';
import { eventView } from './views.js';

export async function describeStackEvents(
  ctx: CloudFormationContext,
  input: DescribeStackEventsInput,
): Promise<DescribeStackEventsOutput> {
  const name = stackNameOrId(input.StackName);
  const stack = (await ctx.engine()).get(ctx.region, name);
  return { StackEvents: [...stack.events].reverse().map((e) => eventView(stack, e)) };
}
