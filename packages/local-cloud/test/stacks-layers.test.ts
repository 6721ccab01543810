// A Serverless service with a Node.js layer and a Python layer, packaged by the real framework (osls) and
// deployed through the stack engine: the layers are published from the deployment bucket, the functions
// run with them, the permission is kept, and removing the stack deletes the layer versions.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  GetFunctionConfigurationCommand,
  GetLayerVersionPolicyCommand,
  InvokeCommand,
  ListLayerVersionsCommand,
} from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import {
  type DeployResult,
  deployServerless,
  deployTemplate,
  removeServerless,
} from '@destinations-action/deploy';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { zipSync } from 'fflate';
import { HAS_PYTHON } from './fixtures/lambda/helpers.js';
import { useStackCloud } from './stacks-helpers.js';

const SERVICE = join(import.meta.dirname, 'fixtures', 'stacks', 'layers');
const LAYER = 'arn:aws:lambda:us-east-1:000000000000:layer';
const { cloud, c } = useStackCloud();
afterAll(() => rmSync(join(SERVICE, '.serverless'), { recursive: true, force: true }));

async function invoke(name: string, event: object) {
  const out = await c.lambda.send(
    new InvokeCommand({ FunctionName: name, Payload: Buffer.from(JSON.stringify(event)) }),
  );
  return { error: out.FunctionError, body: JSON.parse(Buffer.from(out.Payload ?? []).toString()) };
}

describe('the layers: section of a Serverless service', () => {
  let result: DeployResult;
  beforeAll(async () => {
    result = await deployServerless({ serviceDir: SERVICE, stage: 'dev', endpoint: cloud.url });
  });

  it('publishes each layer from the deployment bucket and gives the functions its version', async () => {
    expect(result.status).toBe('UPDATE_COMPLETE');
    expect(result.warnings).toEqual([]);
    const layers = result.resources.filter((r) => r.type === 'AWS::Lambda::LayerVersion');
    expect(layers.map((r) => [r.logicalId, r.physicalId]).sort()).toEqual([
      ['GreetingLambdaLayer', `${LAYER}:greeting:1`],
      ['PysharedLambdaLayer', `${LAYER}:pyshared:1`],
    ]);
    expect(result.outputs.GreetingLambdaLayerQualifiedArn).toBe(`${LAYER}:greeting:1`);
    const config = await c.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: 'stacks-layers-dev-node' }),
    );
    expect(config.Layers).toEqual([{ Arn: `${LAYER}:greeting:1`, CodeSize: expect.any(Number) }]);
    expect(config.Layers?.[0].CodeSize).toBeGreaterThan(0);
  });

  it('runs a Node.js handler that imports a package of its layer', async () => {
    expect(await invoke('stacks-layers-dev-node', { name: 'ci' })).toEqual({
      error: undefined,
      body: { message: 'hello ci from the node layer' },
    });
  });

  (HAS_PYTHON ? it : it.skip)('runs a Python handler that imports a module of its layer', async () => {
    expect(await invoke('stacks-layers-dev-python', { name: 'ci' })).toEqual({
      error: undefined,
      body: { message: 'hello ci from the python layer' },
    });
  });

  it('keeps the layer version permission allowedAccounts makes', async () => {
    const policy = await c.lambda.send(
      new GetLayerVersionPolicyCommand({ LayerName: 'greeting', VersionNumber: 1 }),
    );
    expect(JSON.parse(policy.Policy!).Statement).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Principal: '*',
        Action: 'lambda:GetLayerVersion',
        Resource: `${LAYER}:greeting:1`,
      }),
    ]);
  });

  it('keeps a layer whose content did not change on the next deploy (the framework asks the stack)', async () => {
    const again = await deployServerless({ serviceDir: SERVICE, stage: 'dev', endpoint: cloud.url });
    expect(again.resources.find((r) => r.logicalId === 'GreetingLambdaLayer')?.physicalId).toBe(
      `${LAYER}:greeting:1`,
    );
    const versions = await c.lambda.send(new ListLayerVersionsCommand({ LayerName: 'greeting' }));
    expect(versions.LayerVersions?.map((v) => v.Version)).toEqual([1]);
  });

  it('deletes the layer versions with the stack', async () => {
    await removeServerless({ serviceDir: SERVICE, stage: 'dev', endpoint: cloud.url });
    for (const name of ['greeting', 'pyshared']) {
      const out = await c.lambda.send(new ListLayerVersionsCommand({ LayerName: name }));
      expect(out.LayerVersions).toEqual([]);
    }
  });
});

describe('AWS::Lambda::LayerVersion in a template', () => {
  const layerZip = (who: string) =>
    zipSync({
      'nodejs/node_modules/who/index.js': new TextEncoder().encode(`exports.who = ${JSON.stringify(who)};\n`),
    });
  const template = (key: string, withLayers: boolean) =>
    JSON.stringify({
      Resources: {
        Layer: {
          Type: 'AWS::Lambda::LayerVersion',
          Properties: { LayerName: 'tpl-layer', Content: { S3Bucket: 'tpl-layers', S3Key: key } },
        },
        Fn: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            FunctionName: 'tpl-layered',
            Runtime: 'nodejs20.x',
            Handler: 'index.handler',
            Role: 'arn:aws:iam::000000000000:role/r',
            Code: {
              ZipFile:
                "exports.handler = async () => { try { return require('who').who; } catch { return 'no layer'; } };",
            },
            ...(withLayers ? { Layers: [{ Ref: 'Layer' }] } : {}),
          },
        },
      },
      Outputs: { LayerArn: { Value: { Ref: 'Layer' } } },
    });
  const deploy = (key: string, withLayers = true) =>
    deployTemplate({ stackName: 'tpl-layers', templateBody: template(key, withLayers), endpoint: cloud.url });

  beforeAll(async () => {
    await c.s3.send(new CreateBucketCommand({ Bucket: 'tpl-layers' }));
    await c.s3.send(new PutObjectCommand({ Bucket: 'tpl-layers', Key: 'v1.zip', Body: layerZip('v1') }));
    await c.s3.send(new PutObjectCommand({ Bucket: 'tpl-layers', Key: 'v2.zip', Body: layerZip('v2') }));
  });

  it('Ref is the version ARN; new content publishes a new version and deletes the old', async () => {
    expect((await deploy('v1.zip')).outputs.LayerArn).toBe(`${LAYER}:tpl-layer:1`);
    expect((await invoke('tpl-layered', {})).body).toBe('v1');
    expect((await deploy('v2.zip')).outputs.LayerArn).toBe(`${LAYER}:tpl-layer:2`);
    expect((await invoke('tpl-layered', {})).body).toBe('v2');
    const versions = await c.lambda.send(new ListLayerVersionsCommand({ LayerName: 'tpl-layer' }));
    expect(versions.LayerVersions?.map((v) => v.Version)).toEqual([2]);
  });

  it('a function whose Layers leave the template loses them', async () => {
    await deploy('v2.zip', false);
    const config = await c.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'tpl-layered' }));
    expect(config.Layers).toBeUndefined();
    expect((await invoke('tpl-layered', {})).body).toBe('no layer');
  });
});
