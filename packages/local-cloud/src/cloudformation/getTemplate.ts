// GetTemplate: the body as submitted (of the stack, or of one of its change sets).
import type { GetTemplateInput, GetTemplateOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { optionalStackNameOrId, stackNameOrId } from './validate.js';

export async function getTemplate(
  ctx: CloudFormationContext,
  input: GetTemplateInput,
): Promise<GetTemplateOutput> {
  const engine = await ctx.engine();
  const body = input.ChangeSetName
    ? engine.findChangeSet(ctx.region, input.ChangeSetName, optionalStackNameOrId(input.StackName)).changeSet
        .templateBody
    : engine.get(ctx.region, stackNameOrId(input.StackName)).templateBody;
  return { TemplateBody: body, StagesAvailable: ['Original', 'Processed'] };
}
