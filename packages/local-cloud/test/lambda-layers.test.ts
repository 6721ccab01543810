// Lambda layers through the SDK: the layer API (publish from a zip or the local S3, get, list, delete,
// permissions), the Layers of a function as Lambda checks and reports them, and the content a running
// handler finds where Lambda's runtimes look (Node.js, Python, a `provided` bootstrap).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AddLayerVersionPermissionCommand,
  CreateFunctionCommand,
  DeleteLayerVersionCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  GetLayerVersionByArnCommand,
  GetLayerVersionCommand,
  GetLayerVersionPolicyCommand,
  InvokeCommand,
  LambdaClient,
  ListLayersCommand,
  ListLayerVersionsCommand,
  PublishLayerVersionCommand,
  RemoveLayerVersionPermissionCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from '@jest/globals';
import { zipSync } from 'fflate';
import { AWS_CLIS, awsCli } from './fixtures/awsCli.js';
import { clientConfig, useCloud } from './fixtures/cloud.js';
import { HAS_CURL, HAS_PYTHON, ROLE } from './fixtures/lambda/helpers.js';

const ACCOUNT = '000000000000';
const LAYER_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:layer`;
let lambda: LambdaClient;
let s3: S3Client;
const cloud = useCloud({}, (up) => {
  lambda = new LambdaClient(clientConfig(up.url));
  s3 = new S3Client({ ...clientConfig(up.url), forcePathStyle: true });
  return [lambda, s3];
});

const zip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)])));

/** A CommonJS package `name` whose `who` is `value`. */
const pkg = (root: string, name: string, value: string) => ({
  [`${root}/${name}/package.json`]: JSON.stringify({ name, version: '1.0.0', main: 'index.js' }),
  [`${root}/${name}/index.js`]: `exports.who = ${JSON.stringify(value)};\n`,
});

async function publish(name: string, files: Record<string, string>, extra: object = {}) {
  return lambda.send(
    new PublishLayerVersionCommand({ LayerName: name, Content: { ZipFile: zip(files) }, ...extra }),
  );
}

async function createFunction(name: string, code: Record<string, string>, extra: object = {}) {
  return lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Role: ROLE,
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Code: { ZipFile: zip(code) },
      ...extra,
    }),
  );
}

async function invoke(name: string, event: object = {}) {
  const out = await lambda.send(
    new InvokeCommand({ FunctionName: name, Payload: Buffer.from(JSON.stringify(event)) }),
  );
  return { error: out.FunctionError, body: JSON.parse(Buffer.from(out.Payload ?? []).toString() || 'null') };
}

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    const err = e as { name: string; message: string; $metadata: { httpStatusCode?: number } };
    return { name: err.name, message: err.message, status: err.$metadata.httpStatusCode };
  }
  throw new Error('expected a failure');
}

describe('the layer API', () => {
  it('publishes numbered versions with their content hash, size and ARNs', async () => {
    const files = { 'nodejs/node_modules/x/index.js': 'exports.x = 1;\n' };
    const bytes = zip(files);
    const first = await publish('api-layer', files, {
      Description: 'first',
      CompatibleRuntimes: ['nodejs20.x'],
      LicenseInfo: 'MIT',
    });
    expect(first).toMatchObject({
      LayerArn: `${LAYER_ARN}:api-layer`,
      LayerVersionArn: `${LAYER_ARN}:api-layer:1`,
      Version: 1,
      Description: 'first',
      CompatibleRuntimes: ['nodejs20.x'],
      LicenseInfo: 'MIT',
      Content: { CodeSha256: createHash('sha256').update(bytes).digest('base64'), CodeSize: bytes.length },
    });
    expect(first.CreatedDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    const second = await publish('api-layer', files, { CompatibleRuntimes: ['python3.12'] });
    expect(second.Version).toBe(2);
    const { $metadata, ...got } = await lambda.send(
      new GetLayerVersionCommand({ LayerName: 'api-layer', VersionNumber: 1 }),
    );
    const { $metadata: _, ...published } = first;
    expect(got).toEqual(published);
    const byArn = await lambda.send(new GetLayerVersionByArnCommand({ Arn: `${LAYER_ARN}:api-layer:2` }));
    expect(byArn.Version).toBe(2);
    const byLayerArn = await lambda.send(
      new GetLayerVersionCommand({ LayerName: `${LAYER_ARN}:api-layer`, VersionNumber: 2 }),
    );
    expect(byLayerArn.LayerVersionArn).toBe(`${LAYER_ARN}:api-layer:2`);
  });

  it('publishes the content of an object of the local S3', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'layer-bucket' }));
    const bytes = zip({ 'python/mod.py': 'X = 1\n' });
    await s3.send(new PutObjectCommand({ Bucket: 'layer-bucket', Key: 'l/py.zip', Body: bytes }));
    const out = await lambda.send(
      new PublishLayerVersionCommand({
        LayerName: 's3-layer',
        Content: { S3Bucket: 'layer-bucket', S3Key: 'l/py.zip' },
      }),
    );
    expect(out.Content?.CodeSize).toBe(bytes.length);
    expect(
      await failure(
        lambda.send(
          new PublishLayerVersionCommand({
            LayerName: 's3-layer',
            Content: { S3Bucket: 'layer-bucket', S3Key: 'l/missing.zip' },
          }),
        ),
      ),
    ).toEqual({
      name: 'InvalidParameterValueException',
      message:
        'Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist.',
      status: 400,
    });
  });

  it('lists each layer with its latest matching version, and a layer’s versions newest first', async () => {
    await publish('list-layer', { 'a.txt': '1' }, { CompatibleRuntimes: ['python3.12'] });
    await publish('list-layer', { 'a.txt': '2' }, { CompatibleRuntimes: ['nodejs20.x'] });
    const all = await lambda.send(new ListLayersCommand({}));
    const item = all.Layers?.find((l) => l.LayerName === 'list-layer');
    expect(item).toMatchObject({
      LayerArn: `${LAYER_ARN}:list-layer`,
      LatestMatchingVersion: { Version: 2, LayerVersionArn: `${LAYER_ARN}:list-layer:2` },
    });
    const py = await lambda.send(new ListLayersCommand({ CompatibleRuntime: 'python3.12' }));
    expect(py.Layers?.find((l) => l.LayerName === 'list-layer')?.LatestMatchingVersion?.Version).toBe(1);
    const versions = await lambda.send(new ListLayerVersionsCommand({ LayerName: 'list-layer' }));
    expect(versions.LayerVersions?.map((v) => v.Version)).toEqual([2, 1]);
    const none = await lambda.send(new ListLayerVersionsCommand({ LayerName: 'no-such-layer' }));
    expect(none.LayerVersions).toEqual([]);
  });

  it('deletes a version, and never gives its number again', async () => {
    await publish('gone-layer', { 'a.txt': '1' });
    await lambda.send(new DeleteLayerVersionCommand({ LayerName: 'gone-layer', VersionNumber: 1 }));
    expect(
      await failure(lambda.send(new GetLayerVersionCommand({ LayerName: 'gone-layer', VersionNumber: 1 }))),
    ).toEqual({
      name: 'ResourceNotFoundException',
      message: 'The resource you requested does not exist.',
      status: 404,
    });
    expect((await lambda.send(new ListLayersCommand({}))).Layers?.map((l) => l.LayerName)).not.toContain(
      'gone-layer',
    );
    // Deleting what is gone is no error.
    await lambda.send(new DeleteLayerVersionCommand({ LayerName: 'gone-layer', VersionNumber: 1 }));
    expect((await publish('gone-layer', { 'a.txt': '2' })).Version).toBe(2);
  });

  it('keeps a version’s permissions', async () => {
    await publish('shared-layer', { 'a.txt': '1' });
    const added = await lambda.send(
      new AddLayerVersionPermissionCommand({
        LayerName: 'shared-layer',
        VersionNumber: 1,
        StatementId: 'everyone',
        Action: 'lambda:GetLayerVersion',
        Principal: '*',
      }),
    );
    const statement = {
      Sid: 'everyone',
      Effect: 'Allow',
      Principal: '*',
      Action: 'lambda:GetLayerVersion',
      Resource: `${LAYER_ARN}:shared-layer:1`,
    };
    expect(JSON.parse(added.Statement!)).toEqual(statement);
    const policy = await lambda.send(
      new GetLayerVersionPolicyCommand({ LayerName: 'shared-layer', VersionNumber: 1 }),
    );
    expect(JSON.parse(policy.Policy!)).toEqual({
      Version: '2012-10-17',
      Id: 'default',
      Statement: [statement],
    });
    expect(policy.RevisionId).toBe(added.RevisionId);
    expect(
      await failure(
        lambda.send(
          new AddLayerVersionPermissionCommand({
            LayerName: 'shared-layer',
            VersionNumber: 1,
            StatementId: 'other',
            Action: 'lambda:InvokeFunction',
            Principal: '*',
          }),
        ),
      ),
    ).toEqual({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value 'lambda:InvokeFunction' at 'action' failed to satisfy constraint: Member must satisfy regular expression pattern: lambda:GetLayerVersion",
      status: 400,
    });
    await lambda.send(
      new RemoveLayerVersionPermissionCommand({
        LayerName: 'shared-layer',
        VersionNumber: 1,
        StatementId: 'everyone',
      }),
    );
    expect(
      (
        await failure(
          lambda.send(new GetLayerVersionPolicyCommand({ LayerName: 'shared-layer', VersionNumber: 1 })),
        )
      ).name,
    ).toBe('ResourceNotFoundException');
  });
});

describe('the Layers of a function', () => {
  it('are reported with their size by GetFunction and GetFunctionConfiguration, and removed by an empty list', async () => {
    const layer = await publish('cfg-layer', { 'nodejs/node_modules/x/index.js': 'exports.x = 1;\n' });
    const created = await createFunction(
      'cfg-fn',
      { 'index.js': 'exports.handler = async () => 1;\n' },
      { Layers: [layer.LayerVersionArn] },
    );
    const expected = [{ Arn: layer.LayerVersionArn, CodeSize: layer.Content?.CodeSize }];
    expect(created.Layers).toEqual(expected);
    expect(
      (await lambda.send(new GetFunctionCommand({ FunctionName: 'cfg-fn' }))).Configuration?.Layers,
    ).toEqual(expected);
    expect(
      (await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'cfg-fn' }))).Layers,
    ).toEqual(expected);
    const cleared = await lambda.send(
      new UpdateFunctionConfigurationCommand({ FunctionName: 'cfg-fn', Layers: [] }),
    );
    expect(cleared.Layers).toBeUndefined();
  });

  it('must name layer versions that exist, at most five, with AWS’s messages', async () => {
    const missing = `${LAYER_ARN}:cfg-layer:9`;
    const code = { 'index.js': 'exports.handler = async () => 1;\n' };
    expect(await failure(createFunction('bad-layers', code, { Layers: [missing] }))).toEqual({
      name: 'InvalidParameterValueException',
      message: `Layer version ${missing} does not exist.`,
      status: 400,
    });
    const one = `${LAYER_ARN}:cfg-layer:1`;
    expect(await failure(createFunction('bad-layers', code, { Layers: Array(6).fill(one) }))).toEqual({
      name: 'InvalidParameterValueException',
      message: 'Cannot reference more than 5 layers.',
      status: 400,
    });
    const unversioned = `${LAYER_ARN}:cfg-layer`;
    const bad = await failure(createFunction('bad-layers', code, { Layers: [one, unversioned] }));
    expect(bad).toMatchObject({ name: 'ValidationException', status: 400 });
    expect(bad.message).toBe(
      `1 validation error detected: Value '[${one}, ${unversioned}]' at 'layers' failed to satisfy constraint: Member must satisfy constraint: [Member must have length less than or equal to 2048, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+), Member must not be null]`,
    );
    expect(
      await failure(
        lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'cfg-fn', Layers: [missing] })),
      ),
    ).toMatchObject({
      name: 'InvalidParameterValueException',
      message: `Layer version ${missing} does not exist.`,
    });
  });

  it('keeps a layer of another account in the configuration without mounting it', async () => {
    const foreign = 'arn:aws:lambda:us-east-1:017000801446:layer:AWSLambdaPowertoolsPythonV2:78';
    const out = await createFunction(
      'foreign-layer-fn',
      { 'index.js': 'exports.handler = async () => "ran";\n' },
      { Layers: [foreign] },
    );
    expect(out.Layers).toEqual([{ Arn: foreign, CodeSize: 0 }]);
    expect((await invoke('foreign-layer-fn')).body).toBe('ran');
  });
});

describe('a running function finds its layers', () => {
  it('Node.js: an ES module and a CommonJS handler import a layer’s package; later layers win, the code’s own first', async () => {
    const base = await publish('node-base', {
      ...pkg('nodejs/node_modules', 'from-layer', 'base layer'),
      ...pkg('nodejs/node_modules', 'overridden', 'base layer'),
      ...pkg('nodejs/node_modules', 'own', 'base layer'),
      ...pkg('nodejs/node_modules', 'by-major', 'nodejs/node_modules'),
      ...pkg('nodejs/node20/node_modules', 'by-major', 'nodejs/node20/node_modules'),
    });
    const top = await publish('node-top', pkg('nodejs/node_modules', 'overridden', 'top layer'));
    const handler = `import { who as fromLayer } from 'from-layer';
import { who as overridden } from 'overridden';
import { who as own } from 'own';
import { who as byMajor } from 'by-major';
export const handler = async () => ({ fromLayer, overridden, own, byMajor, nodePath: process.env.NODE_PATH });
`;
    await createFunction(
      'layered-esm',
      { 'index.mjs': handler, ...pkg('node_modules', 'own', 'function code') },
      { Layers: [base.LayerVersionArn, top.LayerVersionArn] },
    );
    const { error, body } = await invoke('layered-esm');
    expect(error).toBeUndefined();
    expect(body).toMatchObject({
      fromLayer: 'base layer',
      overridden: 'top layer',
      own: 'function code',
      byMajor: 'nodejs/node20/node_modules',
    });
    const nodePath = String(body.nodePath).split(':');
    expect(nodePath[0]).toMatch(/\/opt\/nodejs\/node20\/node_modules$/);
    expect(nodePath[1]).toMatch(/\/opt\/nodejs\/node_modules$/);

    await createFunction(
      'layered-cjs',
      {
        'index.js': `const { who } = require('overridden');\nexports.handler = async () => who;\n`,
      },
      { Layers: [base.LayerVersionArn, top.LayerVersionArn], Runtime: 'nodejs22.x' },
    );
    expect((await invoke('layered-cjs')).body).toBe('top layer');
  });

  it('a version keeps running the layer it was configured with after the layer version is deleted', async () => {
    const layer = await publish('short-lived', pkg('nodejs/node_modules', 'kept', 'still here'));
    await createFunction(
      'uses-deleted',
      { 'index.js': `exports.handler = async () => require('kept').who;\n` },
      { Layers: [layer.LayerVersionArn] },
    );
    await lambda.send(new DeleteLayerVersionCommand({ LayerName: 'short-lived', VersionNumber: 1 }));
    expect((await invoke('uses-deleted')).body).toBe('still here');
  });

  (HAS_PYTHON ? it : it.skip)(
    'Python: modules of python/ and python/lib/python3.x/site-packages',
    async () => {
      const layer = await publish('py-layer', {
        'python/shared.py': 'WHERE = "python/"\n',
        'python/lib/python3.12/site-packages/sitepkg.py': 'WHERE = "site-packages"\n',
      });
      await createFunction(
        'layered-py',
        {
          'handler.py':
            'import shared\nimport sitepkg\n\n\ndef hello(event, context):\n    return {"shared": shared.WHERE, "site": sitepkg.WHERE}\n',
        },
        { Runtime: 'python3.12', Handler: 'handler.hello', Layers: [layer.LayerVersionArn] },
      );
      expect(await invoke('layered-py')).toEqual({
        error: undefined,
        body: { shared: 'python/', site: 'site-packages' },
      });
    },
  );

  (HAS_CURL ? it : it.skip)('provided: the layers’ bin on PATH and lib on LD_LIBRARY_PATH', async () => {
    const layer = await publish('tool-layer', {
      'bin/layer-tool': '#!/bin/sh\necho "tool from the layer"\n',
      'lib/libnothing.txt': 'a library would be here\n',
    });
    const bootstrap = `#!/bin/sh
set -eu
API="http://\${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime"
while true; do
  HEADERS="$(mktemp)"
  curl -sS -D "$HEADERS" -o /dev/null "$API/invocation/next"
  ID=$(grep -i '^lambda-runtime-aws-request-id:' "$HEADERS" | tr -d '\\r' | cut -d' ' -f2)
  rm -f "$HEADERS"
  OUT="$(layer-tool)"
  LIB="$(ls "$LD_LIBRARY_PATH")"
  curl -sS -o /dev/null -X POST -d "{\\"tool\\":\\"$OUT\\",\\"lib\\":\\"$LIB\\"}" "$API/invocation/$ID/response"
done
`;
    await createFunction(
      'layered-provided',
      { bootstrap },
      { Runtime: 'provided.al2023', Handler: 'bootstrap', Layers: [layer.LayerVersionArn] },
    );
    expect(await invoke('layered-provided')).toEqual({
      error: undefined,
      body: { tool: 'tool from the layer', lib: 'libnothing.txt' },
    });
  });
});

describe('the AWS CLIs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'layers-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(AWS_CLIS)('publish, get and list a layer with $label', async (c) => {
    if (!c.version) {
      console.log(`${c.label} is not installed here; skipping its layer test.`);
      return;
    }
    const name = `cli-layer-${c.bin.length}`;
    const file = path.join(dir, `${name}.zip`);
    writeFileSync(file, zip({ 'python/m.py': 'X = 1\n' }));
    const published = (await awsCli(c.bin, cloud.url, [
      'lambda',
      'publish-layer-version',
      '--layer-name',
      name,
      '--zip-file',
      `fileb://${file}`,
      '--compatible-runtimes',
      'python3.12',
    ])) as { LayerVersionArn: string; Version: number };
    expect(published).toMatchObject({ LayerVersionArn: `${LAYER_ARN}:${name}:1`, Version: 1 });
    const got = (await awsCli(c.bin, cloud.url, [
      'lambda',
      'get-layer-version-by-arn',
      '--arn',
      published.LayerVersionArn,
    ])) as { CompatibleRuntimes: string[] };
    expect(got.CompatibleRuntimes).toEqual(['python3.12']);
    const listed = (await awsCli(c.bin, cloud.url, ['lambda', 'list-layers'])) as {
      Layers: { LayerName: string }[];
    };
    expect(listed.Layers.map((l) => l.LayerName)).toContain(name);
  });
});
