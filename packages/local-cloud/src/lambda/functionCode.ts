// Reads the code of CreateFunction and UpdateFunctionCode: inline zip (base64) or an S3 object.
import type { FunctionCode } from '@aws-sdk/client-lambda';
import { AwsError } from '../protocol/errors.js';
import { type StoredCode, unpackZip } from './code.js';
import type { LambdaContext } from './context.js';

type WireCode = Omit<FunctionCode, 'ZipFile'> & { ZipFile?: string };

export function loadCode(ctx: LambdaContext, code: WireCode): StoredCode {
  let zip: Buffer;
  if (code.ZipFile) zip = Buffer.from(code.ZipFile, 'base64');
  else if (code.S3Bucket && code.S3Key) {
    const s3 = ctx.cloud.s3;
    const object = s3?.getObject?.(code.S3Bucket, code.S3Key);
    if (!object) {
      throw new AwsError(
        'InvalidParameterValueException',
        `Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist.`,
        400,
      );
    }
    zip = object;
  } else if (code.ImageUri) {
    throw new AwsError(
      'InvalidParameterValueException',
      'Container images are not supported by this local cloud.',
      400,
    );
  } else {
    throw new AwsError('InvalidParameterValueException', 'Please provide a source for function code.', 400);
  }
  const stored = unpackZip(zip);
  ctx.codeDirs.add(stored.root);
  return stored;
}
