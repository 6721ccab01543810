// CreateChangeSet: CREATE makes a stack in REVIEW_IN_PROGRESS; a change set with no changes is FAILED.
import type { CreateChangeSetInput, CreateChangeSetOutput } from '@aws-sdk/client-cloudformation';
import type { CloudFormationContext } from './context.js';
import { changeSetTypeUnsupported } from './errors.js';
import { stackInput } from './stackInput.js';
import { givenTemplate, requiredTemplate } from './templateSource.js';
import { required } from './validate.js';

export async function createChangeSet(
  ctx: CloudFormationContext,
  input: CreateChangeSetInput,
): Promise<CreateChangeSetOutput> {
  // The engine checks the name's pattern and length, as for a new stack (a CREATE may make one).
  const stackName = required(input.StackName, 'StackName');
  const changeSetName = required(input.ChangeSetName, 'ChangeSetName');
  const type = input.ChangeSetType ?? 'UPDATE';
  if (type !== 'CREATE' && type !== 'UPDATE') throw changeSetTypeUnsupported(type);
  const engine = await ctx.engine();
  const body = input.UsePreviousTemplate
    ? ((await givenTemplate(ctx, input)) ?? engine.get(ctx.region, stackName).templateBody)
    : await requiredTemplate(ctx, input);
  const { stack, changeSet } = engine.createChangeSet(ctx.region, {
    ...stackInput(stackName, input, body),
    changeSetName,
    changeSetType: type,
    description: input.Description,
  });
  return { Id: changeSet.id, StackId: stack.stackId };
}
