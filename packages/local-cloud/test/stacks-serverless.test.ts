// The four patterns of the Serverless destinations guide, packaged by the real framework (osls) and deployed.

import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { GetRoleCommand } from '@aws-sdk/client-iam';
import {
  GetFunctionEventInvokeConfigCommand,
  InvokeCommand,
  ListFunctionsCommand,
} from '@aws-sdk/client-lambda';
import { ListBucketsCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetQueueUrlCommand, ListQueuesCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import {
  type DeployResult,
  deployServerless,
  deployTemplate,
  removeServerless,
  removeStack,
  serverlessBinary,
} from '@destinations-action/deploy';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clients, eventually } from './stacks-helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'stacks');
let cloud: RunningCloud;
let c: ReturnType<typeof clients>;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  c = clients(cloud.url);
});
afterAll(async () => {
  await cloud.stop();
  for (const d of ['same-service', 'arn-based', 'params', 'stage-based', 'bucket']) {
    rmSync(join(FIXTURES, d, '.serverless'), { recursive: true, force: true });
  }
});

const deploy = (dir: string, stage = 'dev', params?: Record<string, string>) =>
  deployServerless({ serviceDir: join(FIXTURES, dir), stage, params, endpoint: cloud.url });

interface InvocationRecord {
  requestContext: { condition: string; functionArn: string; approximateInvokeCount: number };
  requestPayload: { id?: string };
  responseContext: { functionError?: string };
  responsePayload: unknown;
}

/** Fires one asynchronous invocation and waits for its record in the queue. */
async function recordIn(queueUrl: string, fn: string, payload: object): Promise<InvocationRecord> {
  await c.lambda.send(
    new InvokeCommand({ FunctionName: fn, InvocationType: 'Event', Payload: JSON.stringify(payload) }),
  );
  return eventually(async () => {
    const out = await c.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, WaitTimeSeconds: 1, MaxNumberOfMessages: 10 }),
    );
    const records = (out.Messages ?? []).map((m) => JSON.parse(m.Body!) as InvocationRecord);
    return records.find((r) => r.requestPayload?.id === (payload as { id: string }).id);
  });
}

const queueUrl = async (name: string) =>
  (await c.sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl!;
const fn = (r: DeployResult, logicalId: string) => r.functions.find((f) => f.logicalId === logicalId)!;

describe('pattern 1: destinations in the same service', () => {
  let result: DeployResult;
  beforeAll(async () => {
    result = await deploy('same-service');
  });

  it('creates the functions, their EventInvokeConfig and the destination queue as the template says', async () => {
    expect(result.stackName).toBe('stacks-same-dev');
    expect(result.status).toBe('UPDATE_COMPLETE');
    const queue = result.resources.find((r) => r.logicalId === 'SuccessQueue')!;
    expect(queue.physicalId).toMatch(/\/stacks-same-dev-SuccessQueue-[A-Z0-9]{13}$/);
    const hello = fn(result, 'HelloLambdaFunction');
    expect(hello).toMatchObject({
      name: 'stacks-same-dev-hello',
      maximumRetryAttempts: 0,
      onFailure: 'arn:aws:lambda:us-east-1:000000000000:function:stacks-same-dev-recorder',
    });
    expect(hello.onSuccess).toBe(`arn:aws:sqs:us-east-1:000000000000:${queue.physicalId.split('/').pop()}`);
    expect(hello.role).toBe('arn:aws:iam::000000000000:role/stacks-same-dev-us-east-1-lambdaRole');
    await c.iam.send(new GetRoleCommand({ RoleName: 'stacks-same-dev-us-east-1-lambdaRole' }));
    expect(result.warnings).toEqual([]);
    expect(result.outputs.HelloLambdaFunctionQualifiedArn).toBe(
      'arn:aws:lambda:us-east-1:000000000000:function:stacks-same-dev-hello:1',
    );
  });

  it('delivers a success record to the queue', async () => {
    const queue = result.resources.find((r) => r.logicalId === 'SuccessQueue')!.physicalId;
    const record = await recordIn(queue, 'stacks-same-dev-hello', { id: 'same-1' });
    expect(record.requestContext).toMatchObject({
      condition: 'Success',
      functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:stacks-same-dev-hello:$LATEST',
    });
    expect(record.responsePayload).toEqual({ ok: true, id: 'same-1' });
  });

  it('removes everything, deployment bucket included', async () => {
    expect(
      await removeServerless({
        serviceDir: join(FIXTURES, 'same-service'),
        stage: 'dev',
        endpoint: cloud.url,
      }),
    ).toEqual({
      stackName: 'stacks-same-dev',
      removed: true,
    });
    await expect(c.cfn.send(new DescribeStacksCommand({ StackName: 'stacks-same-dev' }))).rejects.toThrow(
      'does not exist',
    );
    expect(
      (await c.lambda.send(new ListFunctionsCommand({}))).Functions?.filter((f) =>
        f.FunctionName?.startsWith('stacks-same'),
      ),
    ).toEqual([]);
    expect(
      (await c.sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'stacks-same' }))).QueueUrls ?? [],
    ).toEqual([]);
    expect(
      (await c.s3.send(new ListBucketsCommand({}))).Buckets?.filter((b) => b.Name?.startsWith('stacks-same')),
    ).toEqual([]);
    await expect(
      c.iam.send(new GetRoleCommand({ RoleName: 'stacks-same-dev-us-east-1-lambdaRole' })),
    ).rejects.toThrow('cannot be found');
  });
});

describe('pattern 2: destinations by ARN of resources that already exist', () => {
  it('deploys against the existing queue and topic, and delivers to both', async () => {
    const infra = await deployTemplate({
      stackName: 'stacks-infra',
      templateFile: join(FIXTURES, 'arn-based', 'infra.yml'),
      endpoint: cloud.url,
    });
    const result = await deploy('arn-based');
    const hello = fn(result, 'HelloLambdaFunction');
    expect(hello.onSuccess).toBe('arn:aws:sqs:us-east-1:000000000000:stacks-infra-success');
    expect(hello.onFailure).toBe('arn:aws:sns:us-east-1:000000000000:stacks-infra-failure');
    expect(result.warnings).toEqual([]);

    const ok = await recordIn(infra.outputs.SuccessQueueUrl, 'stacks-arn-dev-hello', { id: 'arn-ok' });
    expect(ok.requestContext.condition).toBe('Success');
    const failed = await recordIn(infra.outputs.FailureTapUrl, 'stacks-arn-dev-hello', {
      id: 'arn-fail',
      fail: true,
    });
    expect(failed.requestContext).toMatchObject({ condition: 'RetriesExhausted', approximateInvokeCount: 1 });
    expect(failed.responseContext.functionError).toBe('Unhandled');

    await removeServerless({ serviceDir: join(FIXTURES, 'arn-based'), stage: 'dev', endpoint: cloud.url });
    expect(await removeStack({ stackName: 'stacks-infra', endpoint: cloud.url })).toEqual({
      stackName: 'stacks-infra',
      removed: true,
    });
    expect(
      (await c.sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'stacks-infra' }))).QueueUrls ?? [],
    ).toEqual([]);
  });
});

describe('pattern 3: destinations from stage parameters', () => {
  it('routes to the queue the parameter names, and an update with another value re-routes the next records', async () => {
    const first = await deploy('params');
    expect(fn(first, 'HelloLambdaFunction').onSuccess).toBe(
      'arn:aws:sqs:us-east-1:000000000000:stacks-params-a',
    );
    const a = await queueUrl('stacks-params-a');
    const b = await queueUrl('stacks-params-b');
    expect((await recordIn(a, 'stacks-params-dev-hello', { id: 'p-1' })).requestPayload).toEqual({
      id: 'p-1',
    });

    const second = await deploy('params', 'dev', { successQueue: 'stacks-params-b' });
    expect(second.status).toBe('UPDATE_COMPLETE');
    const eic = await c.lambda.send(
      new GetFunctionEventInvokeConfigCommand({
        FunctionName: 'stacks-params-dev-hello',
        Qualifier: '$LATEST',
      }),
    );
    expect(eic.DestinationConfig?.OnSuccess?.Destination).toBe(
      'arn:aws:sqs:us-east-1:000000000000:stacks-params-b',
    );
    expect((await recordIn(b, 'stacks-params-dev-hello', { id: 'p-2' })).requestPayload).toEqual({
      id: 'p-2',
    });
    await removeServerless({ serviceDir: join(FIXTURES, 'params'), stage: 'dev', endpoint: cloud.url });
  });
});

describe('pattern 4: destinations chosen by stage', () => {
  it('points the prod stage at the prod queue, with the retry settings of the function', async () => {
    const result = await deploy('stage-based', 'prod');
    expect(result.stackName).toBe('stacks-stage-prod');
    const prodQueue = result.resources.find((r) => r.logicalId === 'ProdSuccess')!.physicalId;
    const hello = fn(result, 'HelloLambdaFunction');
    expect(hello).toMatchObject({ maximumRetryAttempts: 1, maximumEventAgeInSeconds: 120 });
    expect(hello.onSuccess).toBe(`arn:aws:sqs:us-east-1:000000000000:${prodQueue.split('/').pop()}`);
    expect(
      (await recordIn(prodQueue, 'stacks-stage-prod-hello', { id: 's-1' })).requestContext.condition,
    ).toBe('Success');
    await removeServerless({
      serviceDir: join(FIXTURES, 'same-service'),
      stage: 'prod',
      endpoint: cloud.url,
    });
  });
});

describe('the Serverless command', () => {
  it('packages with the command it is given, arguments included', async () => {
    // A wrapper that notes its arguments, then runs the framework the fixture would have found itself.
    const dir = mkdtempSync(join(tmpdir(), 'sls-command-'));
    const marker = join(dir, 'called');
    const wrapper = join(dir, 'sls');
    writeFileSync(
      wrapper,
      `#!/bin/sh\necho "$@" > '${marker}'\nshift\nexec '${serverlessBinary(join(FIXTURES, 'same-service'))}' "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    try {
      const result = await deployServerless({
        serviceDir: join(FIXTURES, 'same-service'),
        stage: 'wrapped',
        endpoint: cloud.url,
        serverlessCommand: `${wrapper} --ignored-first-arg`,
      });
      expect(readFileSync(marker, 'utf8')).toMatch(
        /^--ignored-first-arg package --stage wrapped --region us-east-1/,
      );
      expect(result.stackName).toMatch(/-wrapped$/);
      await removeServerless({
        serviceDir: join(FIXTURES, 'same-service'),
        stage: 'wrapped',
        endpoint: cloud.url,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('removing a service whose bucket holds objects', () => {
  it('fails as CloudFormation does unless asked to empty every bucket', async () => {
    const serviceDir = join(FIXTURES, 'bucket');
    await deployServerless({ serviceDir, stage: 'full', endpoint: cloud.url });
    await c.s3.send(
      new PutObjectCommand({
        Bucket: 'stacks-bucket-full-failures',
        Key: 'aws/lambda/async/f/record',
        Body: '{}',
      }),
    );
    await expect(removeServerless({ serviceDir, stage: 'full', endpoint: cloud.url })).rejects.toThrow(
      /FailureBucket/,
    );
    await expect(
      removeServerless({ serviceDir, stage: 'full', endpoint: cloud.url, emptyBuckets: true }),
    ).resolves.toEqual({ stackName: 'stacks-bucket-full', removed: true });
    const buckets = (await c.s3.send(new ListBucketsCommand({}))).Buckets ?? [];
    expect(buckets.map((b) => b.Name)).not.toContain('stacks-bucket-full-failures');
  });
});
