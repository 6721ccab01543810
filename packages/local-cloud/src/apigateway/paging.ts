// Paging of API Gateway's lists: v1's `position`/`limit` and v2's `NextToken`/`MaxResults`; a token is
// the position of the next page's first item.
import { badRequest } from './errors.js';

export function page<T>(
  items: T[],
  limit: number | string | undefined,
  token: string | undefined,
  defaultLimit: number,
): { items: T[]; next?: string } {
  const size = limit === undefined || limit === '' ? defaultLimit : Number(limit);
  if (!Number.isInteger(size) || size < 1 || size > 500) throw badRequest(`Invalid limit ${String(limit)}`);
  let start = 0;
  if (token) {
    start = Number(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Number.isInteger(start) || start < 0) throw badRequest('Invalid pagination token');
  }
  const end = start + size;
  return {
    items: items.slice(start, end),
    next: end < items.length ? Buffer.from(String(end)).toString('base64url') : undefined,
  };
}
