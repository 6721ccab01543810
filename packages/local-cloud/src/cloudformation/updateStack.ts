// UpdateStack: "No updates are to be performed." when nothing changed, else updates in the background.
import type { UpdateStackInput, UpdateStackOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { stackInput } from './stackInput.js';
import { requiredTemplate } from './templateSource.js';
import { stackNameOrId } from './validate.js';

export async function updateStack(
  ctx: CloudFormationContext,
  input: UpdateStackInput,
): Promise<UpdateStackOutput> {
  const name = stackNameOrId(input.StackName);
  const engine = await ctx.engine();
  const stack = engine.get(ctx.region, name);
  const body = input.UsePreviousTemplate ? stack.templateBody : await requiredTemplate(ctx, input);
  engine.updateStack(ctx.region, name, stackInput(stack.stackName, input, body));
  return { StackId: stack.stackId };
}
