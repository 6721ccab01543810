// DescribeChangeSet: status and the resource changes.
import { toXml } from '../protocol/xml.js';
import { requireName } from './input.js';
import { changeSetXml, type Operation } from './shapes.js';

export const describeChangeSet: Operation = (engine, form, req) => {
  const { stack, changeSet } = engine.findChangeSet(
    req.region,
    requireName(form, 'ChangeSetName'),
    form.StackName,
  );
  return toXml(changeSetXml(stack, changeSet));
};
