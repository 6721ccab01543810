// A service with `http` and `httpApi` events, packaged by the real framework (osls) and deployed: every
// API Gateway resource it makes is created, and the SDK reads the REST API and the HTTP API back as AWS
// shapes them; a redeploy moves the stage to the new deployment, and removing the service removes both.
// The framework's own `serverless deploy` and `serverless remove` work too, with the API Gateway calls
// they make around the stack (stage tracing and tags, taking the usage plan off the stage).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  APIGatewayClient,
  GetApiKeysCommand,
  GetAuthorizersCommand,
  GetDeploymentsCommand,
  GetMethodCommand,
  GetModelsCommand,
  GetRequestValidatorsCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  GetStageCommand,
  GetStagesCommand,
  GetTagsCommand,
  GetUsagePlanKeysCommand,
  GetUsagePlansCommand,
  type Resource,
} from '@aws-sdk/client-api-gateway';
import {
  ApiGatewayV2Client,
  GetApisCommand,
  GetIntegrationsCommand,
  GetRoutesCommand,
  GetAuthorizersCommand as GetV2AuthorizersCommand,
  GetStagesCommand as GetV2StagesCommand,
} from '@aws-sdk/client-apigatewayv2';
import {
  type DeployResult,
  deployServerless,
  removeServerless,
  serverlessBinary,
} from '@destinations-action/deploy';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { clientConfig, useCloud } from './fixtures/cloud.js';

const SERVICE_DIR = join(import.meta.dirname, 'fixtures', 'stacks', 'http-api');
const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:stacks-http-dev-api';

let v1: APIGatewayClient;
let v2: ApiGatewayV2Client;
const cloud = useCloud({}, (up) => {
  v1 = new APIGatewayClient(clientConfig(up.url));
  v2 = new ApiGatewayV2Client(clientConfig(up.url));
  return [v1, v2];
});
afterAll(() => rmSync(join(SERVICE_DIR, '.serverless'), { recursive: true, force: true }));

const deploy = () => deployServerless({ serviceDir: SERVICE_DIR, stage: 'dev', endpoint: cloud.url });
let result: DeployResult;
beforeAll(async () => {
  result = await deploy();
});

const restApi = async () => {
  const apis = (await v1.send(new GetRestApisCommand({}))).items ?? [];
  expect(apis).toHaveLength(1);
  return apis[0];
};

describe('a service with http and httpApi events', () => {
  it('deploys every resource the framework made, with no unsupported type', () => {
    expect(result.status).toMatch(/^(CREATE|UPDATE)_COMPLETE$/);
    expect(result.warnings).toEqual([]);
    const types = new Set(result.resources.map((r) => r.type));
    for (const t of [
      'AWS::ApiGateway::RestApi',
      'AWS::ApiGateway::Resource',
      'AWS::ApiGateway::Method',
      'AWS::ApiGateway::Deployment',
      'AWS::ApiGateway::Authorizer',
      'AWS::ApiGateway::RequestValidator',
      'AWS::ApiGateway::Model',
      'AWS::ApiGateway::ApiKey',
      'AWS::ApiGateway::UsagePlan',
      'AWS::ApiGateway::UsagePlanKey',
      'AWS::ApiGatewayV2::Api',
      'AWS::ApiGatewayV2::Stage',
      'AWS::ApiGatewayV2::Integration',
      'AWS::ApiGatewayV2::Route',
      'AWS::ApiGatewayV2::Authorizer',
    ])
      expect(types).toContain(t);
    expect(result.resources.every((r) => r.status.endsWith('_COMPLETE'))).toBe(true);
  });

  it('makes the REST API with its resource tree, methods and integrations', async () => {
    const api = await restApi();
    expect(api).toMatchObject({
      name: 'dev-stacks-http',
      id: expect.stringMatching(/^[a-z0-9]{10}$/),
      endpointConfiguration: { types: ['EDGE'] },
    });
    expect(result.outputs.ServiceEndpoint).toBe(`https://${api.id}.execute-api.us-east-1.amazonaws.com/dev`);
    const resources =
      (await v1.send(new GetResourcesCommand({ restApiId: api.id, embed: ['methods'] }))).items ?? [];
    const byPath = Object.fromEntries(resources.map((r) => [r.path, r])) as Record<string, Resource>;
    expect(Object.keys(byPath).sort()).toEqual(['/', '/hello', '/items', '/items/{id}']);
    expect(byPath['/'].id).toBe(api.rootResourceId);
    expect(byPath['/items/{id}']).toMatchObject({ parentId: byPath['/items'].id, pathPart: '{id}' });
    expect(Object.keys(byPath['/items/{id}'].resourceMethods ?? {}).sort()).toEqual(['OPTIONS', 'POST']);

    const get = await v1.send(
      new GetMethodCommand({ restApiId: api.id, resourceId: byPath['/hello'].id, httpMethod: 'GET' }),
    );
    expect(get).toMatchObject({
      httpMethod: 'GET',
      authorizationType: 'NONE',
      apiKeyRequired: false,
      methodIntegration: {
        type: 'AWS_PROXY',
        httpMethod: 'POST',
        uri: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${FUNCTION_ARN}/invocations`,
      },
    });
    const post = await v1.send(
      new GetMethodCommand({ restApiId: api.id, resourceId: byPath['/items/{id}'].id, httpMethod: 'POST' }),
    );
    const [authorizer] = (await v1.send(new GetAuthorizersCommand({ restApiId: api.id }))).items ?? [];
    const [validator] = (await v1.send(new GetRequestValidatorsCommand({ restApiId: api.id }))).items ?? [];
    expect(authorizer).toMatchObject({ name: 'authorize', type: 'TOKEN' });
    expect(post).toMatchObject({
      authorizationType: 'CUSTOM',
      authorizerId: authorizer.id,
      apiKeyRequired: true,
      requestValidatorId: validator.id,
      requestModels: { 'application/json': expect.any(String) },
    });
    const models = (await v1.send(new GetModelsCommand({ restApiId: api.id }))).items ?? [];
    expect(models.map((m) => m.name)).toEqual([post.requestModels?.['application/json']]);
    const options = await v1.send(
      new GetMethodCommand({
        restApiId: api.id,
        resourceId: byPath['/items/{id}'].id,
        httpMethod: 'OPTIONS',
      }),
    );
    expect(options.methodIntegration?.type).toBe('MOCK');
    expect(options.methodIntegration?.integrationResponses?.['200']?.responseParameters).toMatchObject({
      'method.response.header.Access-Control-Allow-Origin': "'*'",
    });
    expect(options.methodResponses?.['200']?.responseParameters).toMatchObject({
      'method.response.header.Access-Control-Allow-Origin': true,
    });
  });

  it('deploys the REST API to its stage, with the key and usage plan on that stage', async () => {
    const api = await restApi();
    const deployments = (await v1.send(new GetDeploymentsCommand({ restApiId: api.id }))).items ?? [];
    expect(deployments).toHaveLength(1);
    const stages = (await v1.send(new GetStagesCommand({ restApiId: api.id }))).item ?? [];
    expect(stages).toMatchObject([{ stageName: 'dev', deploymentId: deployments[0].id }]);
    const keys = (await v1.send(new GetApiKeysCommand({ nameQuery: 'stacks-http-key' }))).items ?? [];
    expect(keys).toMatchObject([{ name: 'stacks-http-key', enabled: true, stageKeys: [`${api.id}/dev`] }]);
    const plans = (await v1.send(new GetUsagePlansCommand({}))).items ?? [];
    expect(plans).toMatchObject([
      {
        name: 'stacks-http-dev',
        apiStages: [{ apiId: api.id, stage: 'dev' }],
        quota: { limit: 1000, period: 'DAY' },
      },
    ]);
    const planKeys = (await v1.send(new GetUsagePlanKeysCommand({ usagePlanId: plans[0].id }))).items ?? [];
    expect(planKeys).toMatchObject([{ id: keys[0].id, type: 'API_KEY', name: 'stacks-http-key' }]);
  });

  it('makes the HTTP API with its routes, Lambda integration, authorizer and auto-deployed stage', async () => {
    const apis = (await v2.send(new GetApisCommand({}))).Items ?? [];
    expect(apis).toHaveLength(1);
    const api = apis[0];
    expect(api).toMatchObject({
      Name: 'dev-stacks-http',
      ProtocolType: 'HTTP',
      RouteSelectionExpression: '$request.method $request.path',
      ApiEndpoint: `https://${api.ApiId}.execute-api.us-east-1.amazonaws.com`,
      CorsConfiguration: { AllowOrigins: ['*'] },
    });
    expect(api.ApiId).toMatch(/^[a-z0-9]{10}$/);
    expect(result.outputs.HttpApiUrl).toBe(api.ApiEndpoint);
    expect(result.outputs.HttpApiId).toBe(api.ApiId);
    const [integration] = (await v2.send(new GetIntegrationsCommand({ ApiId: api.ApiId }))).Items ?? [];
    expect(integration).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: FUNCTION_ARN,
      PayloadFormatVersion: '2.0',
    });
    const [authorizer] = (await v2.send(new GetV2AuthorizersCommand({ ApiId: api.ApiId }))).Items ?? [];
    expect(authorizer).toMatchObject({
      Name: 'jwtAuth',
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: 'https://issuer.example.com', Audience: ['stacks-http'] },
    });
    const routes = (await v2.send(new GetRoutesCommand({ ApiId: api.ApiId }))).Items ?? [];
    expect(routes.map((r) => r.RouteKey).sort()).toEqual(['$default', 'GET /hi']);
    for (const r of routes) expect(r.Target).toBe(`integrations/${integration.IntegrationId}`);
    expect(routes.find((r) => r.RouteKey === 'GET /hi')).toMatchObject({
      AuthorizationType: 'JWT',
      AuthorizerId: authorizer.AuthorizerId,
    });
    const stages = (await v2.send(new GetV2StagesCommand({ ApiId: api.ApiId }))).Items ?? [];
    expect(stages).toMatchObject([
      { StageName: '$default', AutoDeploy: true, DeploymentId: expect.any(String) },
    ]);
  });

  it('moves the stage to the new deployment on a redeploy, keeping one deployment', async () => {
    const api = await restApi();
    const before = (await v1.send(new GetStagesCommand({ restApiId: api.id }))).item?.[0].deploymentId;
    const again = await deploy();
    expect(again.status).toBe('UPDATE_COMPLETE');
    expect((await restApi()).id).toBe(api.id);
    const deployments = (await v1.send(new GetDeploymentsCommand({ restApiId: api.id }))).items ?? [];
    const stages = (await v1.send(new GetStagesCommand({ restApiId: api.id }))).item ?? [];
    expect(deployments).toHaveLength(1);
    expect(stages).toMatchObject([{ stageName: 'dev', deploymentId: deployments[0].id }]);
    expect(deployments[0].id).not.toBe(before);
  });

  it('removes both APIs with the service', async () => {
    await removeServerless({ serviceDir: SERVICE_DIR, stage: 'dev', endpoint: cloud.url });
    expect((await v1.send(new GetRestApisCommand({}))).items).toEqual([]);
    expect((await v2.send(new GetApisCommand({}))).Items).toEqual([]);
    expect((await v1.send(new GetApiKeysCommand({}))).items).toEqual([]);
  });
});

/** Runs the framework itself against the local cloud, as a user with AWS_ENDPOINT_URL set would. */
function framework(command: 'deploy' | 'remove', stage: string): Promise<string> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_')) env[k] = v;
  Object.assign(env, {
    AWS_ENDPOINT_URL: cloud.url,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'us-east-1',
    SLS_AWS_MONITORING_FREQUENCY: '200',
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
  });
  return new Promise((resolve, reject) => {
    const child = spawn(serverlessBinary(SERVICE_DIR), [command, '--stage', stage], {
      cwd: SERVICE_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (c: Buffer) => {
      text += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      text += c.toString('utf8');
    });
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`serverless ${command}: ${text}`)),
    );
  });
}

describe('serverless deploy and remove of the same service', () => {
  it('deploy sets the stage tracing and tags through the API, and remove takes the usage plan off first', async () => {
    await framework('deploy', 'sls');
    const api = await restApi();
    const stage = await v1.send(new GetStageCommand({ restApiId: api.id, stageName: 'sls' }));
    expect(stage).toMatchObject({ tracingEnabled: true, tags: { team: 'shop' } });
    const arn = `arn:aws:apigateway:us-east-1::/restapis/${api.id}/stages/sls`;
    expect((await v1.send(new GetTagsCommand({ resourceArn: arn }))).tags).toEqual({ team: 'shop' });
    await framework('remove', 'sls');
    expect((await v1.send(new GetRestApisCommand({}))).items).toEqual([]);
    expect((await v1.send(new GetUsagePlansCommand({}))).items).toEqual([]);
  });
});
