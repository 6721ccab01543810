// DescribeStackResources: a stack's resources, by stack name or by a resource's physical id.
import { AwsError } from '../protocol/errors.js';
import { toXml } from '../protocol/xml.js';
import type { Stack } from '../stacks/types.js';
import { members, type Operation, resourceXml } from './shapes.js';

export const describeStackResources: Operation = (engine, form, req) => {
  let stack: Stack | undefined;
  if (form.StackName) stack = engine.get(req.region, form.StackName);
  else if (form.PhysicalResourceId) {
    stack = engine.stacks.find(
      (s) =>
        s.region === req.region &&
        [...s.resources.values()].some((r) => r.physicalId === form.PhysicalResourceId),
    );
    if (!stack) throw new AwsError('ValidationError', `Stack for ${form.PhysicalResourceId} does not exist`);
  } else {
    throw new AwsError('ValidationError', 'Either StackName or PhysicalResourceId must be specified.');
  }
  const s = stack;
  const list = [...s.resources.values()].filter(
    (r) => !form.LogicalResourceId || r.logicalId === form.LogicalResourceId,
  );
  return toXml({ StackResources: members(list, (r) => resourceXml(s, r, 'resource')) });
};
