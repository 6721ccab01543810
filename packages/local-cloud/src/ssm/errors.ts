// SSM Parameter Store's errors with AWS's codes, statuses and words.
import { AwsError } from '../protocol/errors.js';

/** AWS sends ParameterNotFound with an empty message (boto3 prints nothing after the colon). */
export const parameterNotFound = () => new AwsError('ParameterNotFound', '', 400);

export const parameterVersionNotFound = (name: string, version: number) =>
  new AwsError(
    'ParameterVersionNotFound',
    `Systems Manager could not find version ${version} of ${name}. Verify the version and try again.`,
    400,
  );

export const parameterAlreadyExists = () =>
  new AwsError(
    'ParameterAlreadyExists',
    'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
    400,
  );

export const validation = (message: string) => new AwsError('ValidationException', message, 400);

/** AWS's one message for a malformed parameter name, whatever is wrong with it. */
export const invalidName = () =>
  validation(
    `Parameter name: can't be prefixed with "ssm" (case-insensitive). If formed as a path, it can consist of sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_`,
  );

export const notFullyQualified = () => validation('Parameter name must be a fully qualified name.');

export const invalidPath = () =>
  validation(
    'The parameter doesn\'t meet the parameter name requirements. The parameter name must begin with a forward slash "/". It can\'t be prefixed with \\"aws\\" or \\"ssm\\" (case-insensitive). It must use only letters, numbers, or the following symbols: . (period), - (hyphen), _ (underscore). Special characters are not allowed. All sub-paths, if specified, must use the forward slash symbol "/". Valid example: /get/parameters2-/by1./path0_.',
  );

export const typeRequired = () => validation('A parameter type is required when you create a parameter.');

export const tagsWithOverwrite = () =>
  validation(
    "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.",
  );

/** `1 validation error detected: Value '<v>' at '<member>' failed to satisfy constraint: <constraint>` */
export const constraint = (member: string, value: unknown, rule: string) =>
  validation(
    `1 validation error detected: Value '${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}' at '${member}' failed to satisfy constraint: ${rule}`,
  );

export const mustNotBeNull = (member: string) =>
  validation(
    `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
  );

/** A value too long; AWS leaves a parameter's value out of the message. */
export const tooLong = (member: string, limit: number) =>
  validation(
    `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${limit}`,
  );

export const invalidNextToken = () =>
  new AwsError('InvalidNextToken', 'The specified token is not valid.', 400);

export const invalidFilterKey = (key: string) =>
  new AwsError('InvalidFilterKey', `The following filter key is not valid: ${key}.`, 400);

export const invalidFilterOption = (option: string) =>
  new AwsError(
    'InvalidFilterOption',
    `The following filter option is not valid: ${option}. Valid options include: [Recursive, OneLevel].`,
    400,
  );

export const patternMismatch = (pattern: string) =>
  new AwsError(
    'ParameterPatternMismatchException',
    `Parameter value, cannot be validated against allowedPattern: ${pattern}`,
    400,
  );
