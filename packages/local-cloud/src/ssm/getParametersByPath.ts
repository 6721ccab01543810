// GetParametersByPath: the parameters under a path (one level, or all with Recursive), ten a page.
import type { GetParametersByPathRequest, GetParametersByPathResult } from '@aws-sdk/client-ssm';
import type { SsmContext } from './context.js';
import { constraint } from './errors.js';
import { filterParameters } from './filters.js';
import { maxResults, page } from './paging.js';
import { pathPrefix, underPath } from './path.js';

const MAX_RESULTS = 10;

export function getParametersByPath(
  ctx: SsmContext,
  input: GetParametersByPathRequest,
): GetParametersByPathResult {
  const prefix = pathPrefix(input.Path);
  const max = maxResults(input.MaxResults, MAX_RESULTS, (v) =>
    constraint('maxResults', v, `Member must have value less than or equal to ${MAX_RESULTS}`),
  );
  const matching = filterParameters(
    [...ctx.parameters.values()].filter((p) => underPath(p.name, prefix, input.Recursive === true)),
    input.ParameterFilters,
  ).sort((a, b) => a.name.localeCompare(b.name));
  const { items, next } = page(matching, max, input.NextToken);
  const decrypt = input.WithDecryption === true;
  return { Parameters: items.map((p) => p.view(p.current, decrypt)), NextToken: next };
}
