// GetTemplate: the body as submitted (of the stack, or of one of its change sets).
import { toXml } from '../protocol/xml.js';
import { requireName } from './input.js';
import { members, type Operation } from './shapes.js';

export const getTemplate: Operation = (engine, form, req) => {
  const body = form.ChangeSetName
    ? engine.findChangeSet(req.region, form.ChangeSetName, form.StackName).changeSet.templateBody
    : engine.get(req.region, requireName(form)).templateBody;
  return toXml({ TemplateBody: body, StagesAvailable: members(['Original', 'Processed'], (s) => s) });
};
