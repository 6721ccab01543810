// ecr: just enough for `serverless remove`, which asks whether the service has an image repository:
// there are none here, so DescribeRepositories answers RepositoryNotFoundException.
import type { DescribeRepositoriesRequest } from '@aws-sdk/client-ecr';
import type { LocalCloud, Service } from '../cloud.js';
import { serveAwsJson } from '../protocol/awsJson.js';
import { AwsError } from '../protocol/errors.js';

export function createEcrService(cloud: LocalCloud): Service {
  return {
    name: 'ecr',
    handle: (req, res) =>
      serveAwsJson(
        {
          targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
          version: '1.1',
          operations: {
            DescribeRepositories(input: DescribeRepositoriesRequest) {
              const name = input.repositoryNames?.[0];
              if (!name) return { repositories: [] };
              throw new AwsError(
                'RepositoryNotFoundException',
                `The repository with name '${name}' does not exist in the registry with id '${input.registryId ?? cloud.accountId}'`,
              );
            },
          },
        },
        req,
        res,
      ),
  };
}
