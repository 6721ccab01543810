// UpdateStack: "No updates are to be performed." when nothing changed, else updates in the background.
import { toXml } from '../protocol/xml.js';
import { requireName, stackInput, templateBody } from './input.js';
import type { Operation } from './shapes.js';

export const updateStack: Operation = async (engine, form, req) => {
  const name = requireName(form);
  const stack = engine.get(req.region, name);
  const body = form.UsePreviousTemplate === 'true' ? stack.templateBody : (await templateBody(form, req))!;
  const input = stackInput(form, body);
  engine.updateStack(req.region, name, { ...input, stackName: stack.stackName, tags: input.tags });
  return toXml({ StackId: stack.stackId });
};
