// Shape checks of S3 requests, apart from what the operations do: bucket names, max-keys, part numbers.
import { invalidArgument, invalidBucketName } from './errors.js';

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

/** `max-keys` / `max-parts` / `max-uploads`: default when absent, S3 caps at 1000. */
export function parseMaxKeys(value: string | null, argument = 'max-keys'): number {
  if (value === null || value === '') return 1000;
  if (!/^-?\d+$/.test(value) || Number(value) > 2147483647) {
    throw invalidArgument(`Provided ${argument} not an integer or within integer range`, argument, value);
  }
  const n = Number(value);
  if (n < 0)
    throw invalidArgument(
      `Argument ${argument} must be an integer between 0 and 2147483647`,
      argument,
      value,
    );
  return Math.min(n, 1000);
}

export function parsePartNumber(value: string | null): number {
  const n = value !== null && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= 10000)) {
    throw invalidArgument(
      'Part number must be an integer between 1 and 10000, inclusive',
      'partNumber',
      value ?? '',
    );
  }
  return n;
}
