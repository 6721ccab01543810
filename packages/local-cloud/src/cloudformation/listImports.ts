// ListImports: the stacks that import an export.
import { AwsError } from '../protocol/errors.js';
import { toXml } from '../protocol/xml.js';
import { requireName } from './input.js';
import { members, type Operation } from './shapes.js';

export const listImports: Operation = (engine, form, req) => {
  const name = requireName(form, 'ExportName');
  const importers = engine.importers(req.region, name);
  if (importers.length === 0)
    throw new AwsError('ValidationError', `Export '${name}' is not imported by any stack.`);
  return toXml({ Imports: members(importers, (s) => s.stackName) });
};
