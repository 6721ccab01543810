// Stack names as CloudFormation accepts them: a letter, then letters, digits and hyphens, 128 at most.
import { AwsError } from '../protocol/errors.js';

/** The pattern CreateStack states; operations that also take a stack id (CreateChangeSet) state both. */
const NAME = '[a-zA-Z][-a-zA-Z0-9]*';
const NAME_OR_ID = `${NAME}|arn:[-a-zA-Z0-9:/._+]*`;

/**
 * Refuses a name CloudFormation refuses, with its validation message naming every broken constraint;
 * CreateChangeSet also takes the ARN of an existing stack.
 */
export function checkStackName(name: string, operation: 'CreateStack' | 'CreateChangeSet'): void {
  const pattern = operation === 'CreateStack' ? NAME : NAME_OR_ID;
  const broken: string[] = [];
  if (!new RegExp(`^(?:${pattern})$`).test(name))
    broken.push(`Member must satisfy regular expression pattern: ${pattern}`);
  if (name.length > 128 && !name.startsWith('arn:'))
    broken.push('Member must have length less than or equal to 128');
  if (broken.length === 0) return;
  const detected = `${broken.length} validation error${broken.length > 1 ? 's' : ''} detected: `;
  throw new AwsError(
    'ValidationError',
    detected +
      broken.map((c) => `Value '${name}' at 'stackName' failed to satisfy constraint: ${c}`).join('; '),
  );
}
