// DescribeRepositories: this local cloud holds no image repositories, so a named one is never found.
import type { DescribeRepositoriesRequest, DescribeRepositoriesResponse } from '@aws-sdk/client-ecr';
import type { EcrContext } from './context.js';
import { repositoryNotFound } from './errors.js';

export function describeRepositories(
  ctx: EcrContext,
  input: DescribeRepositoriesRequest,
): DescribeRepositoriesResponse {
  const name = input.repositoryNames?.[0];
  if (!name) return { repositories: [] };
  throw repositoryNotFound(name, input.registryId ?? ctx.accountId);
}
