// Shape checks of S3 requests, apart from what the operations do: bucket names, max-keys, part numbers.
import { invalidBucketName, invalidPartNumber, negativeArgument, notAnInteger } from './errors.js';

/** AWS's general-purpose bucket naming rules (the legacy us-east-1 names with capitals are refused too). */
export function validateBucketName(name: string): void {
  const ok =
    name.length >= 3 &&
    name.length <= 63 &&
    /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name) &&
    !name.includes('..') &&
    !/^\d+\.\d+\.\d+\.\d+$/.test(name) &&
    !/^(xn--|sthree-|amzn-s3-demo-)/.test(name) &&
    !/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name);
  if (!ok) throw invalidBucketName(name);
}

/** `max-keys` / `max-parts`: 1000 when absent, S3 caps at 1000. */
export function maxKeys(value: number | undefined, argument = 'max-keys'): number {
  if (value === undefined) return 1000;
  if (!Number.isInteger(value) || value > 2147483647) throw notAnInteger(argument, String(value));
  if (value < 0) throw negativeArgument(argument, String(value));
  return Math.min(value, 1000);
}

export function partNumber(value: number | undefined): number {
  if (value === undefined || !Number.isInteger(value) || value < 1 || value > 10000)
    throw invalidPartNumber(String(value ?? ''));
  return value;
}
