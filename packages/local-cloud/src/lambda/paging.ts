// Marker paging shared by the List operations: the marker is the next item's index, base64-encoded.
import { AwsError } from '../protocol/errors.js';

export function page<T>(
  all: T[],
  marker: string | null | undefined,
  maxItems: string | number | null | undefined,
  defaultMax: number,
): { items: T[]; next?: string } {
  let start = 0;
  if (marker) {
    start = Number(Buffer.from(marker, 'base64').toString('utf8'));
    if (!Number.isInteger(start) || start < 0)
      throw new AwsError('InvalidParameterValueException', 'Invalid Marker.', 400);
  }
  const max = maxItems === null || maxItems === undefined || maxItems === '' ? defaultMax : Number(maxItems);
  if (!Number.isInteger(max) || max < 1) {
    throw new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${maxItems}' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1`,
      400,
    );
  }
  const items = all.slice(start, start + max);
  const end = start + items.length;
  return { items, next: end < all.length ? Buffer.from(String(end)).toString('base64') : undefined };
}
