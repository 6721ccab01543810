// ListStacks: every stack of the region, deleted ones included, filtered by status.
import type { ListStacksInput, ListStacksOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { stackSummaryView } from './views.js';

export async function listStacks(
  ctx: CloudFormationContext,
  input: ListStacksInput,
): Promise<ListStacksOutput> {
  const filter: string[] = input.StackStatusFilter ?? [];
  const stacks = (await ctx.engine()).stacks
    .filter((s) => s.region === ctx.region && (filter.length === 0 || filter.includes(s.status)))
    .reverse();
  return { StackSummaries: stacks.map(stackSummaryView) };
}
