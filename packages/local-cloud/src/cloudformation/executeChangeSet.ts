// ExecuteChangeSet: runs the create or update the change set describes.
import { requireName } from './input.js';
import type { Operation } from './shapes.js';

export const executeChangeSet: Operation = (engine, form, req) => {
  engine.executeChangeSet(req.region, requireName(form, 'ChangeSetName'), form.StackName);
  return '';
};
