// What CreateStack, UpdateStack and CreateChangeSet hand the stack engine, from their SDK inputs.
import type { CreateStackInput, Parameter, Tag } from '@aws-sdk/client-cloudformation';
import type { StackInput } from '../stacks/engine.js';
import { parseTemplate } from '../stacks/template.js';
import { checkCapabilities } from './capabilities.js';

/** The members the three operations share (CreateStack's rollback members are UpdateStack's too, in part). */
export type StackRequest = Pick<
  CreateStackInput,
  'Parameters' | 'Capabilities' | 'Tags' | 'DisableRollback'
> & {
  OnFailure?: CreateStackInput['OnFailure'];
};

/** Given values, and the names whose previous value stays (UsePreviousValue). */
export function parameters(list: Parameter[] | undefined): {
  values: Record<string, string>;
  previous: string[];
} {
  const values: Record<string, string> = {};
  const previous: string[] = [];
  for (const p of list ?? []) {
    if (!p.ParameterKey) continue;
    if (p.UsePreviousValue) previous.push(p.ParameterKey);
    else values[p.ParameterKey] = p.ParameterValue ?? '';
  }
  return { values, previous };
}

/** Undefined when the request gives no tags (an update keeps the stack's); an empty list removes them. */
const tags = (list: Tag[] | undefined) => list?.map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' }));

/** The engine's input for a stack of this name and template, its capabilities checked. */
export function stackInput(stackName: string, request: StackRequest, body: string): StackInput {
  const capabilities = request.Capabilities ?? [];
  checkCapabilities(parseTemplate(body), capabilities);
  const p = parameters(request.Parameters);
  return {
    stackName,
    templateBody: body,
    parameters: p.values,
    previousParameters: p.previous,
    capabilities,
    tags: tags(request.Tags),
    disableRollback: request.DisableRollback === true || request.OnFailure === 'DO_NOTHING',
  };
}
