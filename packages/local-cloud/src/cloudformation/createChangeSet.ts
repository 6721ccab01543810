// CreateChangeSet: CREATE makes a stack in REVIEW_IN_PROGRESS; a change set with no changes is FAILED.
import { AwsError } from '../protocol/errors.js';
import { toXml } from '../protocol/xml.js';
import { requireName, stackInput, templateBody } from './input.js';
import type { Operation } from './shapes.js';

export const createChangeSet: Operation = async (engine, form, req) => {
  const stackName = requireName(form);
  const changeSetName = requireName(form, 'ChangeSetName');
  const type = form.ChangeSetType ?? 'UPDATE';
  if (!['CREATE', 'UPDATE'].includes(type)) {
    throw new AwsError(
      'ValidationError',
      `ChangeSetType ${type} is not supported by this local cloud (CREATE, UPDATE)`,
    );
  }
  let body = await templateBody(form, req, form.UsePreviousTemplate === 'true');
  body ??= engine.get(req.region, stackName).templateBody;
  const input = stackInput(form, body);
  const { stack, changeSet } = engine.createChangeSet(req.region, {
    ...input,
    stackName,
    changeSetName,
    changeSetType: type,
    description: form.Description,
  });
  return toXml({ Id: changeSet.id, StackId: stack.stackId });
};
