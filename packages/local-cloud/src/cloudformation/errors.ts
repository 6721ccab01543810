// CloudFormation's errors with AWS's codes, statuses and words, as the API and the stack engine throw them
// at a caller; `queryCode` is the code on the wire where it differs from the SDK's shape name.
import { AwsError } from '../protocol/errors.js';

const cfnError = (code: string, message: string, status = 400, queryCode?: string) =>
  new AwsError(code, message, status, queryCode ? { queryCode } : {});

/** CloudFormation answers most refusals with this one code. */
export const validationError = (message: string) => cfnError('ValidationError', message);

/** `Value null at 'stackName' ...`: the member as the wire names it, first letter lower-case. */
export const mustNotBeNull = (member: string) => constraintsBroken(member, null, ['Member must not be null']);

/** AWS's input validation: every broken constraint of one member, `N validation error(s) detected: ...`. */
export function constraintsBroken(member: string, value: string | null, constraints: string[]): AwsError {
  const at = `${member.charAt(0).toLowerCase()}${member.slice(1)}`;
  const shown = value === null ? 'null' : `'${value}'`;
  const n = constraints.length;
  return validationError(
    `${n} validation error${n > 1 ? 's' : ''} detected: ` +
      constraints.map((c) => `Value ${shown} at '${at}' failed to satisfy constraint: ${c}`).join('; '),
  );
}

export const stackDoesNotExist = (nameOrId: string) =>
  validationError(`Stack with id ${nameOrId} does not exist`);

export const stackAlreadyExists = (name: string) =>
  cfnError('AlreadyExistsException', `Stack [${name}] already exists`);

export const stackNotUpdatable = (stackId: string, status: string) =>
  validationError(`Stack:${stackId} is in ${status} state and can not be updated.`);

export const noUpdates = () => validationError('No updates are to be performed.');

export const insufficientCapabilities = (capability: string) =>
  cfnError('InsufficientCapabilitiesException', `Requires capabilities : [${capability}]`);

export const templateMissing = () =>
  validationError('Either Template URL or Template Body must be specified.');

export const templateUrlUnsupported = () => validationError('TemplateURL must be a supported URL.');

export const templateUrlUnreadable = (url: string) =>
  validationError(`S3 error: Access Denied (reading ${url})`);

export const resourceNotInStack = (logicalId: string, stackName: string) =>
  validationError(`Resource ${logicalId} does not exist for stack ${stackName}`);

export const noStackForPhysicalId = (physicalId: string) =>
  validationError(`Stack for ${physicalId} does not exist`);

export const stackOrPhysicalIdRequired = () =>
  validationError('Either StackName or PhysicalResourceId must be specified.');

export const exportNotImported = (name: string) =>
  validationError(`Export '${name}' is not imported by any stack.`);

export const changeSetTypeUnsupported = (type: string) =>
  validationError(`ChangeSetType ${type} is not supported by this local cloud (CREATE, UPDATE)`);

export const stackExistsForCreateChangeSet = (stackName: string, changeSetName: string) =>
  cfnError(
    'AlreadyExistsException',
    `Stack [${stackName}] already exists and cannot be created again with the changeSet [${changeSetName}].`,
  );

/** An UPDATE change set of a stack that does not exist (or only awaits its CREATE change set). */
export const changeSetStackDoesNotExist = (stackName: string) =>
  validationError(`Stack [${stackName}] does not exist`);

export const changeSetAlreadyExists = (name: string) =>
  cfnError('AlreadyExistsException', `ChangeSet ${name} already exists`);

export const changeSetNotFound = (name: string) =>
  cfnError('ChangeSetNotFoundException', `ChangeSet [${name}] does not exist`, 404, 'ChangeSetNotFound');

export const changeSetStatusInvalid = (id: string, status: string, action: 'executed' | 'deleted') =>
  cfnError(
    'InvalidChangeSetStatusException',
    `ChangeSet [${id}] cannot be ${action} in its current status of [${status}]`,
    400,
    'InvalidChangeSetStatus',
  );
