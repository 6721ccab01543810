// The ECR stub answers what `serverless remove` asks: whether the service's image repository exists.
import {
  DescribeRepositoriesCommand,
  ECRClient,
  ListImagesCommand,
  RepositoryNotFoundException,
} from '@aws-sdk/client-ecr';
import { describe, expect, it } from '@jest/globals';
import { clientConfig, useCloud } from './fixtures/cloud.js';

let ecr: ECRClient;
useCloud({}, ({ url }) => {
  ecr = new ECRClient(clientConfig(url));
  return [ecr];
});

describe('ECR', () => {
  it('finds no repository by name, in the registry asked about or the account', async () => {
    const named = ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['serverless-svc-dev'] }));
    await expect(named).rejects.toBeInstanceOf(RepositoryNotFoundException);
    await expect(named).rejects.toThrow(
      "The repository with name 'serverless-svc-dev' does not exist in the registry with id '000000000000'",
    );
    await expect(
      ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['r'], registryId: '111122223333' })),
    ).rejects.toThrow("in the registry with id '111122223333'");
  });

  it('lists no repositories when none is named', async () => {
    const out = await ecr.send(new DescribeRepositoriesCommand({}));
    expect(out.repositories).toEqual([]);
  });

  it('answers 501 for an operation it does not serve', async () => {
    await expect(ecr.send(new ListImagesCommand({ repositoryName: 'r' }))).rejects.toMatchObject({
      name: 'NotImplemented',
      $metadata: { httpStatusCode: 501 },
    });
  });
});
