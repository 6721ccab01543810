// ListStacks: every stack of the region, deleted ones included, filtered by status.
import { queryList } from '../protocol/awsQuery.js';
import { toXml } from '../protocol/xml.js';
import { members, type Operation, stackSummaryXml } from './shapes.js';

export const listStacks: Operation = (engine, form, req) => {
  const filter = queryList(form, 'StackStatusFilter.member');
  const stacks = engine.stacks
    .filter((s) => s.region === req.region && (filter.length === 0 || filter.includes(s.status)))
    .reverse();
  return toXml({ StackSummaries: members(stacks, stackSummaryXml) });
};
