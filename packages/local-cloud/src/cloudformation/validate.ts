// What CloudFormation checks of a request before it looks anything up: members that must be given, and
// the pattern of a stack's name or id.
import { checkStackNameOrId } from '../stacks/stackName.js';
import { mustNotBeNull } from './errors.js';

/** The member's value, or AWS's "must not be null" for the member (named as the wire names it). */
export function required<T>(value: T | undefined, member: string): T {
  if (value === undefined || value === null || value === '') throw mustNotBeNull(member);
  return value;
}

/** A required name or id of an existing stack, refused before any lookup when it breaks the pattern. */
export function stackNameOrId(value: string | undefined): string {
  const name = required(value, 'StackName');
  checkStackNameOrId(name);
  return name;
}

/** As stackNameOrId, for operations where the stack may be left out (DescribeStacks lists them all). */
export function optionalStackNameOrId(value: string | undefined): string | undefined {
  return value ? stackNameOrId(value) : undefined;
}
