// API Gateway through the SDK: REST APIs (v1) and HTTP APIs (v2) as records on one signing name, told
// apart by path; AWS's ids, defaults and errors, patch operations, and the v2 error body on the wire.
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteDeploymentCommand,
  DeleteResourceCommand,
  DeleteStageCommand,
  GetAccountCommand,
  GetResourceCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  GetRestApisCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateAccountCommand,
  UpdateRestApiCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  CreateApiCommand,
  CreateIntegrationCommand,
  CreateRouteCommand,
  CreateStageCommand,
  GetApiCommand,
  GetRoutesCommand,
  GetStageCommand,
} from '@aws-sdk/client-apigatewayv2';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { clientConfig, useCloud } from './fixtures/cloud.js';

let v1: APIGatewayClient;
let v2: ApiGatewayV2Client;
const cloud = useCloud({}, (up) => {
  v1 = new APIGatewayClient(clientConfig(up.url));
  v2 = new ApiGatewayV2Client(clientConfig(up.url));
  return [v1, v2];
});

describe('a REST API (v1)', () => {
  let apiId: string;
  let rootId: string;
  beforeAll(async () => {
    const api = await v1.send(new CreateRestApiCommand({ name: 'shop', policy: '' }));
    apiId = api.id as string;
    rootId = api.rootResourceId as string;
  });

  it('is made with a 10-character id, a root resource and the defaults AWS gives', async () => {
    expect(apiId).toMatch(/^[a-z0-9]{10}$/);
    expect(rootId).toMatch(/^[a-z0-9]{10}$/);
    expect(await v1.send(new GetRestApiCommand({ restApiId: apiId }))).toMatchObject({
      name: 'shop',
      apiKeySource: 'HEADER',
      endpointConfiguration: { types: ['EDGE'] },
      disableExecuteApiEndpoint: false,
      createdDate: expect.any(Date),
    });
    const root = await v1.send(new GetResourceCommand({ restApiId: apiId, resourceId: rootId }));
    expect(root).toMatchObject({ id: rootId, path: '/' });
    expect(root.parentId).toBeUndefined();
  });

  it('builds paths from parts, refuses a part twice under one parent, and deletes a subtree', async () => {
    const cart = await v1.send(
      new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: 'cart' }),
    );
    expect(cart.id).toMatch(/^[a-z0-9]{6}$/);
    const item = await v1.send(
      new CreateResourceCommand({ restApiId: apiId, parentId: cart.id, pathPart: '{proxy+}' }),
    );
    expect(item.path).toBe('/cart/{proxy+}');
    await expect(
      v1.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: 'cart' })),
    ).rejects.toMatchObject({
      name: 'ConflictException',
      message: 'Another resource with the same parent already has this name: cart',
      $metadata: { httpStatusCode: 409 },
    });
    await expect(
      v1.send(new CreateResourceCommand({ restApiId: apiId, parentId: rootId, pathPart: 'a b' })),
    ).rejects.toMatchObject({ name: 'BadRequestException' });
    await v1.send(new DeleteResourceCommand({ restApiId: apiId, resourceId: cart.id }));
    const paths = (await v1.send(new GetResourcesCommand({ restApiId: apiId }))).items?.map((r) => r.path);
    expect(paths).toEqual(['/']);
  });

  it('answers an unknown id with the NotFoundException words of API Gateway', async () => {
    await expect(v1.send(new GetRestApiCommand({ restApiId: 'nope' }))).rejects.toMatchObject({
      name: 'NotFoundException',
      message: 'Invalid API identifier specified 000000000000:nope',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('deploys to a stage, patches the stage, and keeps a deployment a stage still serves', async () => {
    await expect(
      v1.send(new CreateDeploymentCommand({ restApiId: apiId, stageName: 'dev' })),
    ).rejects.toMatchObject({
      name: 'BadRequestException',
      message: "The REST API doesn't contain any methods",
    });
    await v1.send(
      new PutMethodCommand({
        restApiId: apiId,
        resourceId: rootId,
        httpMethod: 'GET',
        authorizationType: 'NONE',
      }),
    );
    await v1.send(
      new PutIntegrationCommand({
        restApiId: apiId,
        resourceId: rootId,
        httpMethod: 'GET',
        type: 'HTTP_PROXY',
        integrationHttpMethod: 'GET',
        uri: 'https://example.com',
      }),
    );
    const d = await v1.send(
      new CreateDeploymentCommand({ restApiId: apiId, stageName: 'dev', variables: { a: '1' } }),
    );
    const stage = await v1.send(
      new UpdateStageCommand({
        restApiId: apiId,
        stageName: 'dev',
        patchOperations: [
          { op: 'replace', path: '/tracingEnabled', value: 'true' },
          { op: 'replace', path: '/*/*/logging/loglevel', value: 'INFO' },
          { op: 'remove', path: '/variables/a' },
          { op: 'replace', path: '/variables/b', value: '2' },
        ],
      }),
    );
    expect(stage).toMatchObject({
      deploymentId: d.id,
      tracingEnabled: true,
      methodSettings: { '*/*': { loggingLevel: 'INFO' } },
      variables: { b: '2' },
    });
    await expect(
      v1.send(
        new UpdateStageCommand({
          restApiId: apiId,
          stageName: 'dev',
          patchOperations: [{ op: 'replace', path: '/nothing', value: 'x' }],
        }),
      ),
    ).rejects.toMatchObject({ name: 'BadRequestException' });
    await expect(
      v1.send(new DeleteDeploymentCommand({ restApiId: apiId, deploymentId: d.id })),
    ).rejects.toMatchObject({
      name: 'BadRequestException',
      message: 'Active stages pointing to this deployment must be moved or deleted',
    });
    await v1.send(new DeleteStageCommand({ restApiId: apiId, stageName: 'dev' }));
    await v1.send(new DeleteDeploymentCommand({ restApiId: apiId, deploymentId: d.id }));
  });

  it('takes patch operations on its own settings', async () => {
    const api = await v1.send(
      new UpdateRestApiCommand({
        restApiId: apiId,
        patchOperations: [
          { op: 'replace', path: '/description', value: 'the shop' },
          { op: 'add', path: '/binaryMediaTypes/image~1png' },
        ],
      }),
    );
    expect(api).toMatchObject({ description: 'the shop', binaryMediaTypes: ['image/png'] });
  });

  it('pages GetRestApis by limit and position', async () => {
    await v1.send(new CreateRestApiCommand({ name: 'second' }));
    const first = await v1.send(new GetRestApisCommand({ limit: 1 }));
    expect(first.items?.map((a) => a.name)).toEqual(['shop']);
    const next = await v1.send(new GetRestApisCommand({ limit: 1, position: first.position }));
    expect(next.items?.map((a) => a.name)).toEqual(['second']);
    expect(next.position).toBeUndefined();
  });
});

describe('an HTTP API (v2)', () => {
  it('quick-creates a Lambda integration, a $default route and an auto-deployed stage from Target', async () => {
    const api = await v2.send(
      new CreateApiCommand({
        Name: 'quick',
        ProtocolType: 'HTTP',
        Target: 'arn:aws:lambda:us-east-1:000000000000:function:f',
      }),
    );
    expect(api.ApiEndpoint).toBe(`https://${api.ApiId}.execute-api.us-east-1.amazonaws.com`);
    const [route] = (await v2.send(new GetRoutesCommand({ ApiId: api.ApiId }))).Items ?? [];
    expect(route).toMatchObject({
      RouteKey: '$default',
      Target: expect.stringMatching(/^integrations\/[a-z0-9]{7}$/),
    });
    const stage = await v2.send(new GetStageCommand({ ApiId: api.ApiId, StageName: '$default' }));
    expect(stage).toMatchObject({ AutoDeploy: true, DeploymentId: expect.stringMatching(/^[a-z0-9]{6}$/) });
  });

  it('redeploys an AutoDeploy stage when a route is added, and refuses a malformed or repeated route key', async () => {
    const { ApiId } = await v2.send(new CreateApiCommand({ Name: 'routes', ProtocolType: 'HTTP' }));
    await v2.send(new CreateStageCommand({ ApiId, StageName: 'live', AutoDeploy: true }));
    const before = (await v2.send(new GetStageCommand({ ApiId, StageName: 'live' }))).DeploymentId;
    const { IntegrationId } = await v2.send(
      new CreateIntegrationCommand({
        ApiId,
        IntegrationType: 'HTTP_PROXY',
        IntegrationUri: 'https://example.com',
        IntegrationMethod: 'ANY',
      }),
    );
    await v2.send(
      new CreateRouteCommand({ ApiId, RouteKey: 'GET /items', Target: `integrations/${IntegrationId}` }),
    );
    const after = (await v2.send(new GetStageCommand({ ApiId, StageName: 'live' }))).DeploymentId;
    expect(after).not.toBe(before);
    await expect(v2.send(new CreateRouteCommand({ ApiId, RouteKey: 'FETCH items' }))).rejects.toMatchObject({
      name: 'BadRequestException',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(v2.send(new CreateRouteCommand({ ApiId, RouteKey: 'GET /items' }))).rejects.toMatchObject({
      name: 'ConflictException',
      $metadata: { httpStatusCode: 409 },
    });
  });

  it('answers an unknown API with NotFoundException, its message under `message` on the wire', async () => {
    await expect(v2.send(new GetApiCommand({ ApiId: 'nope' }))).rejects.toMatchObject({
      name: 'NotFoundException',
      message: 'Invalid API identifier specified nope',
      ResourceType: 'API',
    });
    // Unsigned: the router finds API Gateway by the /v2/ path, and the v2 face answers.
    const res = await fetch(`${cloud.url}/v2/apis/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('x-amzn-errortype')).toBe('NotFoundException');
    expect(await res.json()).toEqual({
      message: 'Invalid API identifier specified nope',
      resourceType: 'API',
    });
  });
});

describe("the account's settings (v1)", () => {
  it('answers the defaults, then the CloudWatch role UpdateAccount sets', async () => {
    expect(await v1.send(new GetAccountCommand({}))).toMatchObject({
      throttleSettings: { burstLimit: 5000, rateLimit: 10000 },
      features: ['UsagePlans'],
      apiKeyVersion: '4',
    });
    const role = 'arn:aws:iam::000000000000:role/apigw-logs';
    const updated = await v1.send(
      new UpdateAccountCommand({
        patchOperations: [{ op: 'replace', path: '/cloudwatchRoleArn', value: role }],
      }),
    );
    expect(updated.cloudwatchRoleArn).toBe(role);
    expect((await v1.send(new GetAccountCommand({}))).cloudwatchRoleArn).toBe(role);
    await expect(
      v1.send(new UpdateAccountCommand({ patchOperations: [{ op: 'replace', path: '/nope', value: 'x' }] })),
    ).rejects.toMatchObject({
      name: 'BadRequestException',
      message: "Invalid patch path '/nope' specified for op 'replace'.",
    });
  });
});
