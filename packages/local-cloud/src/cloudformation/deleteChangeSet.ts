// DeleteChangeSet: drops a change set that is not executing.
import { requireName } from './input.js';
import type { Operation } from './shapes.js';

export const deleteChangeSet: Operation = (engine, form, req) => {
  engine.deleteChangeSet(req.region, requireName(form, 'ChangeSetName'), form.StackName);
  return '';
};
