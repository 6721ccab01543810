// DeleteStack: succeeds for a missing stack too, as on AWS; resources go in the background.
import type { DeleteStackInput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { stackNameOrId } from './validate.js';

export async function deleteStack(ctx: CloudFormationContext, input: DeleteStackInput): Promise<void> {
  const name = stackNameOrId(input.StackName);
  (await ctx.engine()).deleteStack(ctx.region, name);
}
