// DescribeParameters: every parameter's metadata (never its value), filtered, fifty a page.
import type { DescribeParametersRequest, DescribeParametersResult } from '@aws-sdk/client-ssm';
import type { SsmContext } from './context.js';
import { constraint } from './errors.js';
import { filterParameters } from './filters.js';
import { maxResults, page } from './paging.js';

const MAX_RESULTS = 50;

export function describeParameters(
  ctx: SsmContext,
  input: DescribeParametersRequest,
): DescribeParametersResult {
  const max = maxResults(input.MaxResults, MAX_RESULTS, (v) =>
    constraint('maxResults', v, `Member must have value less than or equal to ${MAX_RESULTS}`),
  );
  const matching = filterParameters([...ctx.parameters.values()], input.ParameterFilters, input.Filters).sort(
    (a, b) => a.name.localeCompare(b.name),
  );
  const { items, next } = page(matching, max, input.NextToken);
  return { Parameters: items.map((p) => p.metadata(ctx.user)), NextToken: next };
}
