// Stack names as CloudFormation accepts them: a letter, then letters, digits and hyphens, 128 at most;
// operations on a stack that exists also take its id (an ARN).
import { constraintsBroken } from '../cloudformation/errors.js';

/** The pattern CreateStack states; operations that also take a stack id state both (recorded wordings). */
const NAME = '[a-zA-Z][-a-zA-Z0-9]*';
const NAME_OR_ID = `${NAME}|arn:[-a-zA-Z0-9:/._+]*`;

const matches = (value: string, pattern: string) => new RegExp(`^(?:${pattern})$`).test(value);
const patternConstraint = (pattern: string) => `Member must satisfy regular expression pattern: ${pattern}`;

/**
 * Refuses a name CloudFormation refuses, with its validation message naming every broken constraint;
 * CreateChangeSet also takes the ARN of an existing stack.
 */
export function checkStackName(name: string, operation: 'CreateStack' | 'CreateChangeSet'): void {
  const pattern = operation === 'CreateStack' ? NAME : NAME_OR_ID;
  const broken: string[] = [];
  if (!matches(name, pattern)) broken.push(patternConstraint(pattern));
  if (name.length > 128 && !name.startsWith('arn:'))
    broken.push('Member must have length less than or equal to 128');
  if (broken.length > 0) throw constraintsBroken('StackName', name, broken);
}

/**
 * Refuses, before any lookup, the name or id of an existing stack that breaks the pattern (DescribeStacks,
 * DeleteStack, the change set operations, ...); a valid name too long for a stack simply names none.
 */
export function checkStackNameOrId(nameOrId: string): void {
  if (!matches(nameOrId, NAME_OR_ID))
    throw constraintsBroken('StackName', nameOrId, [patternConstraint(NAME_OR_ID)]);
}
