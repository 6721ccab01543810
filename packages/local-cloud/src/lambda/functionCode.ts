// Reads the code of CreateFunction and UpdateFunctionCode: an inline zip or an S3 object.
import type { FunctionCode } from '@aws-sdk/client-lambda';
import { type StoredCode, unpackZip } from './code.js';
import type { LambdaContext } from './context.js';
import { codeObjectMissing, containerImagesUnsupported, noCodeSource } from './errors.js';

export function loadCode(ctx: LambdaContext, code: FunctionCode): StoredCode {
  let zip: Uint8Array;
  if (code.ZipFile && code.ZipFile.length > 0) zip = code.ZipFile;
  else if (code.S3Bucket && code.S3Key) {
    const object = ctx.cloud.s3?.getObject?.(code.S3Bucket, code.S3Key);
    if (!object) throw codeObjectMissing();
    zip = object;
  } else if (code.ImageUri) throw containerImagesUnsupported();
  else throw noCodeSource();
  const stored = unpackZip(zip);
  ctx.codeDirs.add(stored.root);
  return stored;
}
