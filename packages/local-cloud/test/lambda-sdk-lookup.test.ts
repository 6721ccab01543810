// Where a Node.js handler's packages come from, as on Lambda where the runtime carries the AWS SDK: the
// function's own node_modules, then its layers, then the service's directory (and the repository above
// it), then LOCAL_CLOUD_SDK_PATH, then the local cloud's own; a package none has fails with the places
// looked. Python handlers get boto3 from the host's python3.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  CreateFunctionCommand,
  InvokeCommand,
  LambdaClient,
  PublishLayerVersionCommand,
} from '@aws-sdk/client-lambda';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { zipSync } from 'fflate';
import { clientConfig, useCloud } from './fixtures/cloud.js';
import { HAS_BOTO3, ROLE } from './fixtures/lambda/helpers.js';

let lambda: LambdaClient;
let sqs: SQSClient;
let dynamo: DynamoDBClient;
useCloud({}, (up) => {
  lambda = new LambdaClient(clientConfig(up.url));
  sqs = new SQSClient(clientConfig(up.url));
  dynamo = new DynamoDBClient(clientConfig(up.url));
  return [lambda, sqs, dynamo];
});

const REPO_NODE_MODULES = path.resolve(import.meta.dirname, '../../../node_modules');
const scratch = mkdtempSync(path.join(tmpdir(), 'sdk-lookup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const zip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)])));

/** A stand-in for `@aws-sdk/client-sts` whose `marker` says where it was found. */
const fakeSts = (root: string, marker: string) => ({
  [`${root}/@aws-sdk/client-sts/package.json`]: JSON.stringify({
    name: '@aws-sdk/client-sts',
    version: '0.0.0',
    main: 'index.js',
  }),
  [`${root}/@aws-sdk/client-sts/index.js`]: `exports.marker = ${JSON.stringify(marker)};\n`,
});

/** A directory on disk holding `files`. */
function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Creates the function while LOCAL_CLOUD_SERVICE_DIR (read when code is stored) is `serviceDir`. */
async function createFunction(
  name: string,
  code: Record<string, string>,
  extra: {
    serviceDir?: string;
    sdkPath?: string;
    Layers?: string[];
    Runtime?: 'python3.12';
    Handler?: string;
  } = {},
) {
  const { serviceDir, sdkPath, ...rest } = extra;
  const saved = { service: process.env.LOCAL_CLOUD_SERVICE_DIR, sdk: process.env.LOCAL_CLOUD_SDK_PATH };
  if (serviceDir) process.env.LOCAL_CLOUD_SERVICE_DIR = serviceDir;
  if (sdkPath) process.env.LOCAL_CLOUD_SDK_PATH = sdkPath;
  try {
    await lambda.send(
      new CreateFunctionCommand({
        FunctionName: name,
        Role: ROLE,
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Code: { ZipFile: zip(code) },
        ...rest,
      }),
    );
  } finally {
    for (const [key, value] of [
      ['LOCAL_CLOUD_SERVICE_DIR', saved.service],
      ['LOCAL_CLOUD_SDK_PATH', saved.sdk],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

async function invoke(name: string) {
  const out = await lambda.send(new InvokeCommand({ FunctionName: name, Payload: Buffer.from('{}') }));
  return { error: out.FunctionError, body: JSON.parse(Buffer.from(out.Payload ?? []).toString() || 'null') };
}

beforeAll(async () => {
  await sqs.send(new CreateQueueCommand({ QueueName: 'sdk-lookup-queue' }));
  await dynamo.send(
    new CreateTableCommand({
      TableName: 'sdk-lookup-table',
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
});

describe('the AWS SDK for a Node.js handler', () => {
  it('gives an ES module handler @aws-sdk/client-sqs and @aws-sdk/lib-dynamodb, talking to this cloud', async () => {
    await createFunction('sdk-esm', {
      'index.mjs': `import { SQSClient, GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
const sqs = new SQSClient({});
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = async () => {
  const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: 'sdk-lookup-queue' }));
  await doc.send(new PutCommand({ TableName: 'sdk-lookup-table', Item: { id: 'a', tags: new Set(['x']) } }));
  const { Item } = await doc.send(new GetCommand({ TableName: 'sdk-lookup-table', Key: { id: 'a' } }));
  return { queue: QueueUrl.split('/').pop(), item: { id: Item.id, tags: [...Item.tags] } };
};
`,
    });
    expect(await invoke('sdk-esm')).toEqual({
      error: undefined,
      body: { queue: 'sdk-lookup-queue', item: { id: 'a', tags: ['x'] } },
    });
  });

  it('gives a CommonJS handler the same clients through require', async () => {
    await createFunction('sdk-cjs', {
      'index.js': `const { SQSClient, GetQueueUrlCommand } = require('@aws-sdk/client-sqs');
const { DynamoDBDocumentClient } = require('@aws-sdk/lib-dynamodb');
exports.handler = async () => {
  const { QueueUrl } = await new SQSClient({}).send(new GetQueueUrlCommand({ QueueName: 'sdk-lookup-queue' }));
  return { queue: QueueUrl.split('/').pop(), doc: typeof DynamoDBDocumentClient.from };
};
`,
    });
    expect((await invoke('sdk-cjs')).body).toEqual({ queue: 'sdk-lookup-queue', doc: 'function' });
  });

  describe('looks in order: the code, its layers, the service, LOCAL_CLOUD_SDK_PATH, the local cloud', () => {
    const handler = {
      'index.mjs': `import * as sts from '@aws-sdk/client-sts';
export const handler = async () => sts.marker ?? (typeof sts.STSClient === 'function' ? 'the local cloud' : 'none');
`,
    };
    let layerArn: string;
    let serviceDir: string;
    let sdkPath: string;
    beforeAll(async () => {
      const layer = await lambda.send(
        new PublishLayerVersionCommand({
          LayerName: 'sdk-lookup-sts',
          Content: { ZipFile: zip(fakeSts('nodejs/node_modules', 'the layer')) },
        }),
      );
      layerArn = layer.LayerVersionArn!;
      serviceDir = folder('service', { ...fakeSts('node_modules', 'the service'), 'serverless.yml': '' });
      sdkPath = path.join(folder('sdk', fakeSts('node_modules', 'LOCAL_CLOUD_SDK_PATH')), 'node_modules');
    });

    it('the function’s own node_modules first', async () => {
      await createFunction(
        'order-code',
        { ...handler, ...fakeSts('node_modules', 'the code') },
        { Layers: [layerArn], serviceDir, sdkPath },
      );
      expect((await invoke('order-code')).body).toBe('the code');
    });

    it('then its layers', async () => {
      await createFunction('order-layer', handler, { Layers: [layerArn], serviceDir, sdkPath });
      expect((await invoke('order-layer')).body).toBe('the layer');
    });

    it('then the service’s directory', async () => {
      await createFunction('order-service', handler, { serviceDir, sdkPath });
      expect((await invoke('order-service')).body).toBe('the service');
    });

    it('then LOCAL_CLOUD_SDK_PATH', async () => {
      await createFunction('order-sdk-path', handler, { serviceDir: folder('bare-service', {}), sdkPath });
      expect((await invoke('order-sdk-path')).body).toBe('LOCAL_CLOUD_SDK_PATH');
    });

    it('then the local cloud’s own, which carries the clients of the services it emulates', async () => {
      await createFunction('order-own', handler, { serviceDir: folder('bare-service-2', {}) });
      expect((await invoke('order-own')).body).toBe('the local cloud');
    });
  });

  it('fails a package none of them has with the package and the places looked', async () => {
    await createFunction('sdk-missing', {
      'index.mjs': `import { KinesisClient } from '@aws-sdk/client-kinesis';\nexport const handler = async () => typeof KinesisClient;\n`,
    });
    const { error, body } = await invoke('sdk-missing');
    expect(error).toBe('Unhandled');
    expect(body.errorType).toBe('Runtime.ImportModuleError');
    const [first, second] = String(body.errorMessage).split('\n');
    expect(first).toMatch(
      /^Error: Cannot find package '@aws-sdk\/client-kinesis' imported from \/.+\/task\/index\.mjs$/,
    );
    const places =
      /^The local cloud looked for '@aws-sdk\/client-kinesis' in: (.+?)\. Lambda's Node\.js runtimes include the AWS SDK v3; .*npm install @aws-sdk\/client-kinesis.*LOCAL_CLOUD_SERVICE_DIR/.exec(
        second,
      );
    expect(places).not.toBeNull();
    const dirs = places![1].split(', ');
    expect(dirs[0]).toMatch(/\/task\/node_modules$/);
    expect(dirs).toContain(REPO_NODE_MODULES);
  });

  it('says the same for a CommonJS require', async () => {
    await createFunction('sdk-missing-cjs', {
      'index.js': `const { KinesisClient } = require('@aws-sdk/client-kinesis');\nexports.handler = async () => 1;\n`,
    });
    const { body } = await invoke('sdk-missing-cjs');
    expect(body.errorType).toBe('Runtime.ImportModuleError');
    expect(body.errorMessage).toMatch(/^Error: Cannot find module '@aws-sdk\/client-kinesis'/);
    expect(body.errorMessage).toContain(`The local cloud looked for '@aws-sdk/client-kinesis' in: `);
  });
});

(HAS_BOTO3 ? it : it.skip)('gives a Python handler the host python3’s boto3', async () => {
  await createFunction(
    'boto3-here',
    {
      'handler.py':
        'import boto3\n\n\ndef hello(event, context):\n    return boto3.client("sqs").get_queue_url(QueueName="sdk-lookup-queue")["QueueUrl"].split("/")[-1]\n',
    },
    { Runtime: 'python3.12', Handler: 'handler.hello' },
  );
  expect(await invoke('boto3-here')).toEqual({ error: undefined, body: 'sdk-lookup-queue' });
});
