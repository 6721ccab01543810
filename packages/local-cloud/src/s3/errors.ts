// S3's errors with AWS's codes, statuses and exact messages; extra members become elements of `<Error>`.
import { AwsError } from '../protocol/errors.js';

const s3Error = (
  code: string,
  message: string,
  status: number,
  fields?: Record<string, unknown>,
  headers?: Record<string, string>,
) => new AwsError(code, message, status, { fields, headers });

// Buckets and keys.

export const noSuchBucket = (bucket: string) =>
  s3Error('NoSuchBucket', 'The specified bucket does not exist', 404, { BucketName: bucket });

export const noSuchKey = (key: string) =>
  s3Error('NoSuchKey', 'The specified key does not exist.', 404, { Key: key });

export const invalidBucketName = (bucket: string) =>
  s3Error('InvalidBucketName', 'The specified bucket is not valid.', 400, { BucketName: bucket });

export const bucketAlreadyOwnedByYou = (bucket: string) =>
  s3Error(
    'BucketAlreadyOwnedByYou',
    'Your previous request to create the named bucket succeeded and you already own it.',
    409,
    { BucketName: bucket },
  );

export const bucketAlreadyExists = (bucket: string) =>
  s3Error(
    'BucketAlreadyExists',
    'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
    409,
    { BucketName: bucket },
  );

export const bucketNotEmpty = (bucket: string) =>
  s3Error('BucketNotEmpty', 'The bucket you tried to delete is not empty', 409, { BucketName: bucket });

export const invalidLocationConstraint = (constraint: string) =>
  s3Error('InvalidLocationConstraint', 'The specified location-constraint is not valid', 400, {
    LocationConstraint: constraint,
  });

/** `constraint` undefined: the request named none. */
export const illegalLocationConstraint = (constraint?: string) =>
  s3Error(
    'IllegalLocationConstraintException',
    `The ${constraint ?? 'unspecified'} location constraint is incompatible for the region specific endpoint this request was sent to.`,
    400,
  );

// Bucket subresources.

export const noSuchBucketPolicy = (bucket: string) =>
  s3Error('NoSuchBucketPolicy', 'The bucket policy does not exist', 404, { BucketName: bucket });

export const malformedPolicy = () =>
  s3Error('MalformedPolicy', "Policies must be valid JSON and the first byte must be '{'", 400);

export const noSuchTagSet = (bucket: string) =>
  s3Error('NoSuchTagSet', 'The TagSet does not exist', 404, { BucketName: bucket });

export const invalidTag = () => s3Error('InvalidTag', 'Cannot provide multiple Tags with the same key', 400);

// Event notifications.

/** Destinations PutBucketNotificationConfiguration could not validate, each with why. */
export const unableToValidateDestinations = (failures: [arn: string, reason: string][]) =>
  s3Error(
    'InvalidArgument',
    'Unable to validate the following destination configurations',
    400,
    Object.fromEntries(
      failures.flatMap(([arn, reason], i) => [
        [`ArgumentName${i + 1}`, arn],
        [`ArgumentValue${i + 1}`, reason],
      ]),
    ),
  );

export const unsupportedEvent = (event: string) =>
  invalidArgument('The event is not supported for notifications', 'Event', event);

export const invalidFilterRule = (name: string) =>
  invalidArgument('filter rule name must be either prefix or suffix', 'FilterRule', name);

export const repeatedFilterRule = (name: string) =>
  invalidArgument(`Cannot specify more than one ${name} rule in a filter.`, 'FilterRule', name);

export const overlappingConfigurations = () =>
  invalidArgument(
    'Configurations overlap. Configurations on the same bucket cannot share a common event type.',
    'Event',
    'null',
  );

// Multipart uploads.

export const noSuchUpload = (uploadId: string) =>
  s3Error(
    'NoSuchUpload',
    'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    404,
    { UploadId: uploadId },
  );

export const invalidPart = (uploadId: string, partNumber: number | undefined, etag: string | undefined) =>
  s3Error(
    'InvalidPart',
    "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
    400,
    { UploadId: uploadId, PartNumber: partNumber ?? '', ETag: etag ?? '' },
  );

export const invalidPartOrder = (uploadId: string) =>
  s3Error(
    'InvalidPartOrder',
    'The list of parts was not in ascending order. The parts list must be specified in order by part number.',
    400,
    { UploadId: uploadId },
  );

export const entityTooSmall = (size: number, minimum: number, partNumber: number, etag: string) =>
  s3Error('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', 400, {
    ProposedSize: size,
    MinSizeAllowed: minimum,
    PartNumber: partNumber,
    ETag: etag,
  });

// Reads and conditions.

export const invalidRange = (range: string, size: number) =>
  s3Error(
    'InvalidRange',
    'The requested range is not satisfiable',
    416,
    { RangeRequested: range, ActualObjectSize: size },
    { 'Content-Range': `bytes */${size}` },
  );

export const preconditionFailed = (condition: string) =>
  s3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', 412, {
    Condition: condition,
  });

/** 304: S3 answers it without a body, with the object's ETag and Last-Modified. */
export const notModified = (etag: string, lastModified: Date) =>
  s3Error('NotModified', 'Not Modified', 304, undefined, {
    ETag: etag,
    'Last-Modified': lastModified.toUTCString(),
  });

// Bodies and their checksums.

export const badDigest = (expected: string, calculated: string) =>
  s3Error('BadDigest', 'The Content-MD5 you specified did not match what we received.', 400, {
    ExpectedDigest: expected,
    CalculatedDigest: calculated,
  });

export const invalidDigest = (contentMd5: string) =>
  s3Error('InvalidDigest', 'The Content-MD5 you specified was invalid.', 400, { 'Content-MD5': contentMd5 });

export const checksumMismatch = (algorithm: string) =>
  s3Error('BadDigest', `The ${algorithm} you specified did not match the calculated checksum.`, 400);

export const contentSha256Mismatch = (client: string, computed: string) =>
  s3Error(
    'XAmzContentSHA256Mismatch',
    "The provided 'x-amz-content-sha256' header does not match what was computed.",
    400,
    { ClientComputedContentSHA256: client, S3ComputedContentSHA256: computed },
  );

export const incompleteBody = () =>
  s3Error(
    'IncompleteBody',
    'You did not provide the number of bytes specified by the Content-Length HTTP header',
    400,
  );

export const malformedChunks = () =>
  invalidRequest('Invalid chunked encoding: the aws-chunked body could not be decoded.');

export const malformedXml = () =>
  s3Error(
    'MalformedXML',
    'The XML you provided was not well-formed or did not validate against our published schema',
    400,
  );

// Arguments and requests.

export const invalidRequest = (message: string) => s3Error('InvalidRequest', message, 400);

export const invalidArgument = (message: string, name: string, value: string) =>
  s3Error('InvalidArgument', message, 400, { ArgumentName: name, ArgumentValue: value });

/** `max-keys`, `max-parts`, ... that is not an integer, or above 2^31-1. */
export const notAnInteger = (name: string, value: string) =>
  invalidArgument(`Provided ${name} not an integer or within integer range`, name, value);

export const negativeArgument = (name: string, value: string) =>
  invalidArgument(`Argument ${name} must be an integer between 0 and 2147483647`, name, value);

export const invalidPartNumber = (value: string) =>
  invalidArgument('Part number must be an integer between 1 and 10000, inclusive', 'partNumber', value);

/** A query or header value not of its parameter's type (a number, a date, a boolean). */
export function malformedArgument(name: string, value: unknown, expected: string): AwsError {
  const shown = typeof value === 'string' ? value : String(value);
  if (name === 'partNumber') return invalidPartNumber(shown);
  if (expected === 'a number') return notAnInteger(name, shown);
  return invalidArgument(`Invalid Argument: ${name} must be ${expected}`, name, shown);
}

export const invalidEncodingType = (value: string) =>
  invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', value);

export const invalidContinuationToken = (token: string) =>
  invalidArgument('The continuation token provided is incorrect', 'continuation-token', token);

export const methodNotAllowed = (method: string, resourceType: string) =>
  s3Error('MethodNotAllowed', 'The specified method is not allowed against this resource.', 405, {
    Method: method,
    ResourceType: resourceType,
  });

export const notImplemented = (what: string) =>
  s3Error('NotImplemented', `${what} is not implemented by this local cloud.`, 501);

export const multipleChecksums = () =>
  invalidRequest('Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.');
