// SNS list paging: 100 items a page, the token an opaque base64 offset.
import { invalidParameter } from './errors.js';

export const PAGE_SIZE = 100;

export function pageOf<T>(items: T[], token: string | undefined): { items: T[]; next?: string } {
  let start = 0;
  if (token !== undefined && token !== '') {
    start = Number(Buffer.from(token, 'base64').toString('utf8'));
    if (!Number.isInteger(start) || start < 0) throw invalidParameter('NextToken');
  }
  const slice = items.slice(start, start + PAGE_SIZE);
  const end = start + slice.length;
  return { items: slice, next: end < items.length ? Buffer.from(String(end)).toString('base64') : undefined };
}
