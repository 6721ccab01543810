// Pages of a sorted list, with NextToken an opaque offset.
import { invalidNextToken } from './errors.js';

export function page<T>(items: T[], max: number, token: string | undefined): { items: T[]; next?: string } {
  let start = 0;
  if (token) {
    const m = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
    if (!m) throw invalidNextToken();
    start = Number(m[1]);
  }
  const end = start + max;
  return {
    items: items.slice(start, end),
    next: end < items.length ? Buffer.from(`offset:${end}`).toString('base64') : undefined,
  };
}

/** MaxResults within AWS's bounds, else AWS's validation error. */
export function maxResults(given: number | undefined, limit: number, fail: (v: number) => Error): number {
  if (given === undefined) return limit;
  if (given < 1 || given > limit) throw fail(given);
  return given;
}
