// Whether a request's body is what the client meant: Content-MD5, and the flexible checksum
// (`x-amz-checksum-*`, from a header or the aws-chunked trailer) of operations whose body it describes.
import type { OperationModel } from '../protocol/model.js';
import { header, type LocalRequest } from '../protocol/request.js';
import { membersOf } from '../protocol/serde/kind.js';
import {
  asChecksumAlgorithm,
  CHECKSUM_ALGORITHMS,
  CHECKSUM_BYTES,
  type ChecksumAlgorithm,
  checksumOf,
  md5,
} from './checksums.js';
import { badDigest, checksumMismatch, invalidDigest, invalidRequest, multipleChecksums } from './errors.js';

/** Operations S3 refuses without Content-MD5 or a checksum of the body. */
const CHECKSUM_REQUIRED = new Set(['DeleteObjects']);

const describes = new WeakMap<OperationModel, boolean>();

/**
 * Whether the operation's checksum headers describe its body: the SDK's `httpChecksum` operations name
 * the algorithm in `x-amz-sdk-checksum-algorithm`. CompleteMultipartUpload's describe the whole object.
 */
function checksumsDescribeBody(operation: OperationModel): boolean {
  let found = describes.get(operation);
  if (found === undefined) {
    found = membersOf(operation.input).some(
      ([, m]) => String(m.getMergedTraits().httpHeader).toLowerCase() === 'x-amz-sdk-checksum-algorithm',
    );
    describes.set(operation, found);
  }
  return found;
}

function validChecksumValue(alg: ChecksumAlgorithm, value: string): boolean {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return false;
  return Buffer.from(value, 'base64').length === CHECKSUM_BYTES[alg];
}

export function checkBody(req: LocalRequest, operation: OperationModel): void {
  const contentMd5 = header(req, 'content-md5');
  if (contentMd5 !== undefined) {
    const given = Buffer.from(contentMd5, 'base64');
    if (given.length !== 16 || given.toString('base64') !== contentMd5) throw invalidDigest(contentMd5);
    const actual = md5(req.body).toString('base64');
    if (actual !== contentMd5) throw badDigest(contentMd5, actual);
  }
  if (!checksumsDescribeBody(operation)) return;
  const given: [ChecksumAlgorithm, string][] = [];
  for (const alg of CHECKSUM_ALGORITHMS) {
    const v = header(req, `x-amz-checksum-${alg.toLowerCase()}`);
    if (v !== undefined) given.push([alg, v]);
  }
  const sdkAlgorithm = header(req, 'x-amz-sdk-checksum-algorithm');
  if (given.length > 1) throw multipleChecksums();
  if (given.length === 0) {
    if (sdkAlgorithm !== undefined) {
      throw invalidRequest(
        'x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers were found.',
      );
    }
    if (CHECKSUM_REQUIRED.has(operation.name) && contentMd5 === undefined) {
      throw invalidRequest('Missing required header for this request: Content-MD5');
    }
    return;
  }
  const [algorithm, value] = given[0];
  if (sdkAlgorithm !== undefined && asChecksumAlgorithm(sdkAlgorithm) !== algorithm) {
    throw invalidRequest('Value for x-amz-sdk-checksum-algorithm header is invalid.');
  }
  if (!validChecksumValue(algorithm, value)) {
    throw invalidRequest(`Value for x-amz-checksum-${algorithm.toLowerCase()} header is invalid.`);
  }
  if (checksumOf(algorithm, req.body) !== value) throw checksumMismatch(algorithm);
}
