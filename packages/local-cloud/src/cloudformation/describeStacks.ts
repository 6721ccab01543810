// DescribeStacks: one stack by name or id, or every live stack of the region.
import { toXml } from '../protocol/xml.js';
import { members, type Operation, stackXml } from './shapes.js';

export const describeStacks: Operation = (engine, form, req) => {
  const stacks = form.StackName
    ? [engine.get(req.region, form.StackName)]
    : engine.stacks.filter((s) => s.region === req.region && s.status !== 'DELETE_COMPLETE');
  return toXml({ Stacks: members(stacks, stackXml) });
};
