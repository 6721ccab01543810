// Reads the code of CreateFunction, UpdateFunctionCode and PublishLayerVersion: an inline zip or an S3
// object of the local S3.
import type { FunctionCode, LayerVersionContentInput } from '@aws-sdk/client-lambda';
import { type StoredCode, unpackZip } from './code.js';
import type { LambdaContext } from './context.js';
import { codeObjectMissing, containerImagesUnsupported, noCodeSource } from './errors.js';
import { hostModuleDirs } from './runtime/nodeModules.js';

/** The zip bytes a function's code or a layer's content names. */
export function zipOf(ctx: LambdaContext, code: FunctionCode | LayerVersionContentInput): Uint8Array {
  if (code.ZipFile && code.ZipFile.length > 0) return code.ZipFile;
  if (code.S3Bucket && code.S3Key) {
    const object = ctx.cloud.s3?.getObject?.(code.S3Bucket, code.S3Key);
    if (!object) throw codeObjectMissing();
    return object;
  }
  if ('ImageUri' in code && code.ImageUri) throw containerImagesUnsupported();
  throw noCodeSource();
}

export function loadCode(ctx: LambdaContext, code: FunctionCode): StoredCode {
  return unpackZip(zipOf(ctx, code), hostModuleDirs(), (prefix) => ctx.codeRoot(prefix));
}
