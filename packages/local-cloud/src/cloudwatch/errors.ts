// CloudWatch's errors with AWS's codes and statuses; the JSON face names the shape, the query face (and
// the JSON face's `x-amzn-query-error`) the legacy code from the model's `awsQueryError` trait.
import { AwsError } from '../protocol/errors.js';

export const invalidParameterValue = (message: string) =>
  new AwsError('InvalidParameterValueException', message, 400, { queryCode: 'InvalidParameterValue' });

/** `The value X for parameter P is invalid.` */
export const invalidValue = (parameter: string, value: unknown) =>
  invalidParameterValue(`The value ${String(value)} for parameter ${parameter} is invalid.`);

export const invalidParameterCombination = (message: string) =>
  new AwsError('InvalidParameterCombinationException', message, 400, {
    queryCode: 'InvalidParameterCombination',
  });

export const missingParameter = (parameter: string) =>
  new AwsError('MissingRequiredParameterException', `The parameter ${parameter} is required.`, 400, {
    queryCode: 'MissingParameter',
  });

/** `1 validation error detected: Value 'v' at 'member' failed to satisfy constraint: ...` */
export const validationError = (member: string, value: unknown, constraint: string) =>
  new AwsError(
    'ValidationException',
    `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: ${constraint}`,
    400,
    { queryCode: 'ValidationError' },
  );

export const alarmNotFound = (name: string) =>
  new AwsError('ResourceNotFound', `Alarm ${name} not found`, 404, { queryCode: 'ResourceNotFound' });

export const invalidNextToken = () =>
  new AwsError('InvalidNextToken', 'The service cannot complete the request.', 400, {
    queryCode: 'InvalidNextToken',
  });

export const invalidFormat = (message: string) =>
  new AwsError('InvalidFormatFault', message, 400, { queryCode: 'InvalidFormat' });

export const limitExceeded = (message: string) =>
  new AwsError('LimitExceededFault', message, 400, { queryCode: 'LimitExceeded' });
