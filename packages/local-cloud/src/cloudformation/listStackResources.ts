// ListStackResources: summaries of a stack's resources.
import type { ListStackResourcesInput, ListStackResourcesOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { stackNameOrId } from './validate.js';
import { resourceSummaryView } from './views.js';

export async function listStackResources(
  ctx: CloudFormationContext,
  input: ListStackResourcesInput,
): Promise<ListStackResourcesOutput> {
  const name = stackNameOrId(input.StackName);
  const stack = (await ctx.engine()).get(ctx.region, name);
  return { StackResourceSummaries: [...stack.resources.values()].map(resourceSummaryView) };
}
