// ListChangeSets: the change sets of a stack.
import { toXml } from '../protocol/xml.js';
import { requireName } from './input.js';
import { changeSetSummaryXml, members, type Operation } from './shapes.js';

export const listChangeSets: Operation = (engine, form, req) => {
  const stack = engine.get(req.region, requireName(form));
  return toXml({
    Summaries: members([...stack.changeSets.values()], (cs) => changeSetSummaryXml(stack, cs)),
  });
};
