// ListChangeSets: the change sets of a stack.
import type { ListChangeSetsInput, ListChangeSetsOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { stackNameOrId } from './validate.js';
import { changeSetSummaryView } from './views.js';

export async function listChangeSets(
  ctx: CloudFormationContext,
  input: ListChangeSetsInput,
): Promise<ListChangeSetsOutput> {
  const name = stackNameOrId(input.StackName);
  const stack = (await ctx.engine()).get(ctx.region, name);
  return { Summaries: [...stack.changeSets.values()].map((cs) => changeSetSummaryView(stack, cs)) };
}
