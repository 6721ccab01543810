// Marker paging shared by the List operations: the marker is the next item's index, base64-encoded.
import { invalidMarker, maxItemsTooSmall } from './errors.js';

export function page<T>(
  all: T[],
  marker: string | undefined,
  maxItems: number | undefined,
  defaultMax: number,
): { items: T[]; next?: string } {
  let start = 0;
  if (marker) {
    start = Number(Buffer.from(marker, 'base64').toString('utf8'));
    if (!Number.isInteger(start) || start < 0) throw invalidMarker();
  }
  const max = maxItems ?? defaultMax;
  if (!Number.isInteger(max) || max < 1) throw maxItemsTooSmall(maxItems);
  const items = all.slice(start, start + max);
  const end = start + items.length;
  return { items, next: end < all.length ? Buffer.from(String(end)).toString('base64') : undefined };
}
