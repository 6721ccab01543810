// MaxResults / NextToken paging shared by ListQueues and ListDeadLetterSourceQueues.
import { invalidParameter, invalidParameterValue } from './errors.js';
import type { Queue } from './queue.js';

export function page(
  queues: Queue[],
  maxResults: unknown,
  nextToken: unknown,
): { items: Queue[]; nextToken?: string } {
  const sorted = [...queues].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let max: number | undefined;
  if (maxResults !== undefined && maxResults !== null && maxResults !== '') {
    max = Number(maxResults);
    if (!Number.isInteger(max) || max < 1 || max > 1000) {
      throw invalidParameter('MaxResults', maxResults, 'MaxResults must be an integer between 1 and 1000.');
    }
  }
  let start = 0;
  if (nextToken) {
    let after: string;
    try {
      after = (JSON.parse(Buffer.from(String(nextToken), 'base64url').toString('utf8')) as { after: string })
        .after;
    } catch {
      throw invalidParameterValue('Invalid NextToken value.');
    }
    if (typeof after !== 'string') throw invalidParameterValue('Invalid NextToken value.');
    start = sorted.findIndex((q) => q.name > after);
    if (start < 0) start = sorted.length;
  }
  // Without MaxResults SQS answers at most 1,000 queues and no token.
  const items = sorted.slice(start, start + (max ?? 1000));
  const more = max !== undefined && start + max < sorted.length;
  return {
    items,
    nextToken: more
      ? Buffer.from(JSON.stringify({ after: items[items.length - 1].name })).toString('base64url')
      : undefined,
  };
}
