// NextToken paging of CloudWatch's lists: the token is the position of the next page's first item.
import { invalidNextToken } from './errors.js';

export function page<T>(items: T[], size: number, token?: string): { items: T[]; nextToken?: string } {
  let start = 0;
  if (token) {
    start = Number(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Number.isInteger(start) || start < 0) throw invalidNextToken();
  }
  const end = start + size;
  return {
    items: items.slice(start, end),
    nextToken: end < items.length ? Buffer.from(String(end)).toString('base64url') : undefined,
  };
}
