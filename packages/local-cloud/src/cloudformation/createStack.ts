// CreateStack: checks the template now, then creates its resources in the background.
import type { CreateStackInput } from '@aws-sdk/client-cloudformation';
import { toXml } from '../protocol/xml.js';
import { requireName, stackInput, templateBody } from './input.js';
import type { Operation } from './shapes.js';

export const createStack: Operation = async (engine, form, req) => {
  const name: CreateStackInput['StackName'] = requireName(form);
  const body = (await templateBody(form, req))!;
  const stack = engine.createStack(req.region, { ...stackInput(form, body), stackName: name });
  return toXml({ StackId: stack.stackId });
};
