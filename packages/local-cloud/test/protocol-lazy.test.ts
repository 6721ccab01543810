// Every face imports its SDK client at its first request, once, and then serves as the
// awsJson codec does; before that it already tells the router its target prefix.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeRepositoriesCommand, ECRClient, RepositoryNotFoundException } from '@aws-sdk/client-ecr';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LocalCloud } from '../src/cloud.js';
import { repositoryNotFound } from '../src/ecr/errors.js';
import { awsJsonFace } from '../src/protocol/codecs/awsJson.js';
import { clientConfig } from './fixtures/cloud.js';

const imports: string[] = [];
const face = awsJsonFace({
  version: '1.1',
  targetPrefix: 'AmazonEC2ContainerRegistry_V20150921',
  operations: {
    DescribeRepositories: (_ctx: unknown, input: { repositoryNames?: string[] }) => {
      if (input.repositoryNames) throw repositoryNotFound(input.repositoryNames[0], '000000000000');
      return { repositories: [] };
    },
  },
  context: () => ({}),
  client: () => {
    imports.push('@aws-sdk/client-ecr');
    return import('@aws-sdk/client-ecr');
  },
});

let server: Server;
let ecr: ECRClient;
beforeAll(async () => {
  const cloud = new LocalCloud({ logLevel: 'quiet' });
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = {
        method: req.method ?? 'POST',
        path: '/',
        query: new URLSearchParams(),
        headers: req.headers,
        body: Buffer.concat(chunks),
        service: 'ecr',
        region: 'us-east-1',
        requestId: 'r-1',
        baseUrl: '',
        cloud,
      };
      void face.serve(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ecr = new ECRClient(clientConfig(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
});
afterAll(async () => {
  ecr.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe('a face imports its SDK model at first use', () => {
  it('names its protocol and target prefix before it imports anything', () => {
    expect([face.protocol, face.targetPrefix, imports]).toEqual([
      'awsJson1_1',
      'AmazonEC2ContainerRegistry_V20150921',
      [],
    ]);
  });

  it('imports the client at the first request, once, and answers and refuses as the codec does', async () => {
    const [listed, refused] = await Promise.allSettled([
      ecr.send(new DescribeRepositoriesCommand({})),
      ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['svc'] })),
    ]);
    expect(listed).toEqual({ status: 'fulfilled', value: expect.objectContaining({ repositories: [] }) });
    expect(refused.status === 'rejected' && refused.reason).toBeInstanceOf(RepositoryNotFoundException);
    await ecr.send(new DescribeRepositoriesCommand({}));
    expect(imports).toEqual(['@aws-sdk/client-ecr']);
  });
});
