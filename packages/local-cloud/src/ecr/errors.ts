// ECR's errors with AWS's codes, statuses and messages (awsJson 1.1: a bare `__type` code).
import { AwsError } from '../protocol/errors.js';

export const repositoryNotFound = (name: string, registryId: string) =>
  new AwsError(
    'RepositoryNotFoundException',
    `The repository with name '${name}' does not exist in the registry with id '${registryId}'`,
  );
