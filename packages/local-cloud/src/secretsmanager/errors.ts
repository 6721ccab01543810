// Secrets Manager's errors with AWS's codes, statuses and words.
import { AwsError } from '../protocol/errors.js';

export const secretNotFound = () =>
  new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.", 400);

export const stageNotFound = (stage: string) =>
  new AwsError(
    'ResourceNotFoundException',
    `Secrets Manager can't find the specified secret value for staging label: ${stage}`,
    400,
  );

export const versionNotFound = (versionId: string) =>
  new AwsError(
    'ResourceNotFoundException',
    `Secrets Manager can't find the specified secret value for VersionId: ${versionId}`,
    400,
  );

export const secretExists = (name: string) =>
  new AwsError(
    'ResourceExistsException',
    `The operation failed because the secret ${name} already exists.`,
    400,
  );

export const versionExists = () =>
  new AwsError(
    'ResourceExistsException',
    "You can't modify an existing version, you can only create a new version.",
    400,
  );

export const markedForDeletion = () =>
  new AwsError(
    'InvalidRequestException',
    "You can't perform this operation on the secret because it was marked for deletion.",
    400,
  );

export const scheduledForDeletion = () =>
  new AwsError(
    'InvalidRequestException',
    "You can't create this secret because a secret with this name is already scheduled for deletion.",
    400,
  );

export const invalidParameter = (message: string) => new AwsError('InvalidParameterException', message, 400);

export const invalidRequest = (message: string) => new AwsError('InvalidRequestException', message, 400);

export const bothValues = () =>
  invalidParameter(
    "You can't specify both a binary secret value and a string secret value in the same secret.",
  );

export const invalidName = () =>
  invalidParameter(
    'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!',
  );

export const forceWithWindow = () =>
  invalidParameter("You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");

export const recoveryWindow = () =>
  invalidParameter('The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).');

export const invalidNextToken = () =>
  new AwsError('InvalidNextTokenException', 'The NextToken value is invalid.', 400);

export const validation = (message: string) => new AwsError('ValidationException', message, 400);
