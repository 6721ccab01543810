// S3's errors with AWS's codes, statuses and exact messages; extra members become elements of `<Error>`.
import { AwsError } from '../protocol/errors.js';

export const noSuchBucket = (bucket: string) =>
  new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404, {
    fields: { BucketName: bucket },
  });

export const noSuchKey = (key: string) =>
  new AwsError('NoSuchKey', 'The specified key does not exist.', 404, { fields: { Key: key } });

export const noSuchUpload = (uploadId: string) =>
  new AwsError(
    'NoSuchUpload',
    'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
    404,
    { fields: { UploadId: uploadId } },
  );

export const invalidBucketName = (bucket: string) =>
  new AwsError('InvalidBucketName', 'The specified bucket is not valid.', 400, {
    fields: { BucketName: bucket },
  });

export const bucketAlreadyOwnedByYou = (bucket: string) =>
  new AwsError(
    'BucketAlreadyOwnedByYou',
    'Your previous request to create the named bucket succeeded and you already own it.',
    409,
    { fields: { BucketName: bucket } },
  );

export const bucketNotEmpty = (bucket: string) =>
  new AwsError('BucketNotEmpty', 'The bucket you tried to delete is not empty', 409, {
    fields: { BucketName: bucket },
  });

export const invalidRange = (range: string, size: number) =>
  new AwsError('InvalidRange', 'The requested range is not satisfiable', 416, {
    fields: { RangeRequested: range, ActualObjectSize: size },
    headers: { 'Content-Range': `bytes */${size}` },
  });

export const preconditionFailed = (condition: string) =>
  new AwsError('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', 412, {
    fields: { Condition: condition },
  });

export const badDigest = (expected: string, calculated: string) =>
  new AwsError('BadDigest', 'The Content-MD5 you specified did not match what we received.', 400, {
    fields: { ExpectedDigest: expected, CalculatedDigest: calculated },
  });

export const invalidDigest = (contentMd5: string) =>
  new AwsError('InvalidDigest', 'The Content-MD5 you specified was invalid.', 400, {
    fields: { 'Content-MD5': contentMd5 },
  });

export const checksumMismatch = (algorithm: string) =>
  new AwsError('BadDigest', `The ${algorithm} you specified did not match the calculated checksum.`, 400);

export const contentSha256Mismatch = (client: string, computed: string) =>
  new AwsError(
    'XAmzContentSHA256Mismatch',
    "The provided 'x-amz-content-sha256' header does not match what was computed.",
    400,
    { fields: { ClientComputedContentSHA256: client, S3ComputedContentSHA256: computed } },
  );

export const invalidRequest = (message: string) => new AwsError('InvalidRequest', message, 400);

export const invalidArgument = (message: string, name: string, value: string) =>
  new AwsError('InvalidArgument', message, 400, { fields: { ArgumentName: name, ArgumentValue: value } });

export const methodNotAllowed = (method: string, resourceType: string) =>
  new AwsError('MethodNotAllowed', 'The specified method is not allowed against this resource.', 405, {
    fields: { Method: method, ResourceType: resourceType },
  });

export const notImplemented = (what: string) =>
  new AwsError('NotImplemented', `${what} is not implemented by this local cloud.`, 501);

export const incompleteBody = () =>
  new AwsError(
    'IncompleteBody',
    'You did not provide the number of bytes specified by the Content-Length HTTP header',
    400,
  );
