// DynamoDB's errors for the operations the local cloud serves itself (dynalite writes its own), with
// AWS's codes and words, and dynalite's answers turned back into errors.
import type { CancellationReason } from '@aws-sdk/client-dynamodb';
import { AwsError } from '../protocol/errors.js';

/** An error dynalite answered, and whether it came from checking the request or from acting on the data. */
export class DynaliteError extends AwsError {
  constructor(
    code: string,
    message: string,
    status: number,
    readonly ofRequest: boolean,
  ) {
    super(code, message, status);
  }
}

/** An error answer of dynalite's (`{__type: 'com.amazonaws.dynamodb.v20120810#Code', message}`) as a value. */
export function fromDynalite(status: number, body: unknown, ofRequest: boolean): DynaliteError {
  const b = (body ?? {}) as { __type?: string; message?: string; Message?: string };
  const type = String(b.__type ?? 'InternalServerError');
  return new DynaliteError(
    type.slice(type.indexOf('#') + 1),
    b.message ?? b.Message ?? '',
    status,
    ofRequest,
  );
}

/** The code of an error dynalite or this module threw. */
export const codeOf = (err: unknown): string => (err instanceof AwsError ? err.code : '');

/** A validation error of an item's data (not of the request's shape), which a transaction reports per item. */
export const isDataValidation = (err: unknown): boolean =>
  err instanceof DynaliteError && err.code === 'ValidationException' && !err.ofRequest;

export const validation = (message: string) => new AwsError('ValidationException', message, 400);

/** A list member whose length is outside its bounds, as AWS's request validation words it. */
export const lengthConstraint = (member: string, bound: 'greater' | 'less', limit: number) =>
  validation(
    `1 validation error detected: Value at '${member}' failed to satisfy constraint: Member must have length ${bound} than or equal to ${limit}`,
  );

export const multipleOperationsOnOneItem = () =>
  validation('Transaction request cannot include multiple operations on one item');

export const oneActionPerItem = () =>
  validation('TransactItems can only contain one of Check, Put, Update or Delete');

export const missingKey = (name: string) =>
  validation(`One or more parameter values were invalid: Missing the key ${name} in the item`);

export const idempotentParameterMismatch = () =>
  new AwsError(
    'IdempotentParameterMismatchException',
    'The request uses the same client token as a previous, but non-identical request.',
    400,
  );

export const timeToLiveAlready = (state: 'enabled' | 'disabled') =>
  validation(`TimeToLive is already ${state}`);

export const indexChangeNotServed = () =>
  new AwsError(
    'NotImplemented',
    'UpdateTable cannot create or delete a global secondary index in this local cloud (dynalite does not); create the table with its indexes instead.',
    501,
  );

/** dynalite could not be loaded (a build that left it out): every DynamoDB request says so. */
export const dynamoDbUnavailable = (err: unknown) =>
  new AwsError(
    'InternalServerError',
    `DynamoDB could not be started in this local cloud: ${err instanceof Error ? err.message : String(err)}`,
    500,
  );

export const conditionalRequestFailed = 'The conditional request failed';

/**
 * `TransactionCanceledException` with one reason per item, in the items' order (`None` where it was fine);
 * `writeReasons` puts them on the wire (an old item's binary values as base64), as the codec writes members.
 */
export function transactionCanceled(
  reasons: CancellationReason[],
  writeReasons: (reasons: CancellationReason[]) => unknown,
): AwsError {
  const codes = reasons.map((r) => r.Code).join(', ');
  return new AwsError(
    'TransactionCanceledException',
    `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes}]`,
    400,
    { fields: { CancellationReasons: writeReasons(reasons) } },
  );
}

/**
 * A request DynamoDB cannot read as an operation (not a POST, or not JSON): DynamoDB's 404 and code, in
 * JSON, since every DynamoDB client reads JSON.
 */
export const unknownOperation = () =>
  new AwsError('UnknownOperationException', 'DynamoDB takes JSON POST requests only.', 404);
