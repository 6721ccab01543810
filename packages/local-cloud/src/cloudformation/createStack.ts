// CreateStack: checks the template now, then creates its resources in the background.
import type { CreateStackInput, CreateStackOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { stackInput } from './stackInput.js';
import { requiredTemplate } from './templateSource.js';
import { required } from './validate.js';

export async function createStack(
  ctx: CloudFormationContext,
  input: CreateStackInput,
): Promise<CreateStackOutput> {
  // The engine checks the name's pattern: CreateStack's own, which takes no stack id.
  const name = required(input.StackName, 'StackName');
  const body = await requiredTemplate(ctx, input);
  const engine = await ctx.engine();
  const stack = engine.createStack(ctx.region, stackInput(name, input, body));
  return { StackId: stack.stackId };
}
