// DescribeStackResource: one resource of a stack by logical id.
import { AwsError } from '../protocol/errors.js';
import { toXml } from '../protocol/xml.js';
import { requireName } from './input.js';
import { type Operation, resourceXml } from './shapes.js';

export const describeStackResource: Operation = (engine, form, req) => {
  const stack = engine.get(req.region, requireName(form));
  const id = requireName(form, 'LogicalResourceId');
  const r = stack.resources.get(id);
  if (!r) throw new AwsError('ValidationError', `Resource ${id} does not exist for stack ${stack.stackName}`);
  return toXml({ StackResourceDetail: resourceXml(stack, r, 'detail') });
};
