// GetParameterHistory: every version a parameter has had, oldest first, fifty a page.
import type { GetParameterHistoryRequest, GetParameterHistoryResult } from '@aws-sdk/client-ssm';
import type { SsmContext } from './context.js';
import { constraint, parameterNotFound } from './errors.js';
import { parseSelector } from './names.js';
import { maxResults, page } from './paging.js';

const MAX_RESULTS = 50;

export function getParameterHistory(
  ctx: SsmContext,
  input: GetParameterHistoryRequest,
): GetParameterHistoryResult {
  const param = parseSelector(input.Name)
    .names.map((n) => ctx.parameters.get(n))
    .find(Boolean);
  if (!param) throw parameterNotFound();
  const max = maxResults(input.MaxResults, MAX_RESULTS, (v) =>
    constraint('maxResults', v, `Member must have value less than or equal to ${MAX_RESULTS}`),
  );
  const { items, next } = page(param.history, max, input.NextToken);
  const decrypt = input.WithDecryption === true;
  return { Parameters: items.map((v) => param.historyEntry(v, decrypt, ctx.user)), NextToken: next };
}
