// Stack names as CloudFormation accepts them: a letter, then letters, digits and hyphens.
import { AwsError } from '../protocol/errors.js';

export function checkStackName(name: string): void {
  if (!/^[a-zA-Z][-a-zA-Z0-9]{0,127}$/.test(name)) {
    throw new AwsError(
      'ValidationError',
      `1 validation error detected: Value '${name}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`,
    );
  }
}
