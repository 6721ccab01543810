// DescribeStackEvents: newest first.
import { toXml } from '../protocol/xml.js';
import { requireName } from './input.js';
import { eventXml, members, type Operation } from './shapes.js';

export const describeStackEvents: Operation = (engine, form, req) => {
  const stack = engine.get(req.region, requireName(form));
  return toXml({ StackEvents: members([...stack.events].reverse(), (e) => eventXml(stack, e)) });
};
