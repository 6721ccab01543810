// ListStackResources: summaries of a stack's resources.
import { toXml } from '../protocol/xml.js';
import { requireName } from './input.js';
import { members, type Operation, resourceXml } from './shapes.js';

export const listStackResources: Operation = (engine, form, req) => {
  const stack = engine.get(req.region, requireName(form));
  return toXml({
    StackResourceSummaries: members([...stack.resources.values()], (r) => resourceXml(stack, r, 'summary')),
  });
};
