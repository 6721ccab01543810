import { CreateRoleCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Clients, createClients } from '../src/clients.js';
import { doctor, type Spec, verify } from '../src/index.js';
import { ACCOUNT, createFunction, createQueue, setDestinations } from './helpers.js';

let cloud: RunningCloud;
let clients: Clients;
let ok: { url: string; arn: string };
let fail: { url: string; arn: string };

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  clients = createClients({ cloud: 'local', endpoint: cloud.url, region: 'us-east-1' });
  ok = await createQueue(clients, 'ok');
  fail = await createQueue(clients, 'fail');
  await createFunction(clients, 'svc-dev-hello');
  await setDestinations(clients, 'svc-dev-hello', { onSuccess: ok.arn, onFailure: fail.arn });
});
afterAll(async () => {
  clients.destroy();
  await cloud.stop();
});

const base = () => ({
  cloud: 'local' as const,
  endpoint: cloud.url,
  region: 'us-east-1',
  handleSignals: false,
});

const standard: Spec = {
  functions: [
    {
      function: 'svc-dev-hello',
      cases: [
        {
          name: 'succeeds',
          payload: { Success: true },
          invocations: 3,
          expect: { destination: 'onSuccess', condition: 'Success', responsePayload: { statusCode: 200 } },
        },
        {
          name: 'fails',
          payload: { Success: false },
          invocations: 2,
          expect: {
            destination: 'onFailure',
            condition: 'RetriesExhausted',
            functionError: 'Unhandled',
            responsePayload: { errorMessage: 'Some serious failure' },
          },
        },
      ],
    },
  ],
};

describe('verify on the local cloud', () => {
  it('passes a function whose records land where the spec says', async () => {
    const report = await verify({ ...base(), spec: standard });
    expect(report.cases.map((c) => [c.name, c.passed, c.received, c.invocations])).toEqual([
      ['succeeds', true, 3, 3],
      ['fails', true, 2, 2],
    ]);
    expect(report.passed).toBe(true);
    expect(report.functionArn).toBe(`arn:aws:lambda:us-east-1:${ACCOUNT}:function:svc-dev-hello`);
    expect(report.cases[1].records[0]).toMatchObject({
      approximateInvokeCount: 3,
      functionError: 'Unhandled',
    });
    expect(report.cases[0].latencyMs?.max).toBeGreaterThanOrEqual(0);
  });

  it('fails a case whose handler does not fail, naming the destination it reached', async () => {
    const spec: Spec = {
      functions: [
        {
          function: 'svc-dev-hello',
          cases: [
            {
              name: 'should fail',
              payload: { Success: true },
              invocations: 1,
              expect: { destination: 'onFailure' },
            },
          ],
        },
      ],
    };
    const report = await verify({ ...base(), spec });
    expect(report.passed).toBe(false);
    expect(report.cases[0]).toMatchObject({ wrongDestination: 1, received: 0 });
    expect(report.cases[0].failures[0].message).toContain(`went to onSuccess (${ok.arn})`);
  });

  it('fails a field that differs from the spec', async () => {
    const spec: Spec = {
      functions: [
        {
          function: 'svc-dev-hello',
          cases: [
            {
              name: 'wrong message',
              payload: { Success: false },
              invocations: 1,
              expect: { destination: 'onFailure', responsePayload: { errorMessage: 'another message' } },
            },
          ],
        },
      ],
    };
    const report = await verify({ ...base(), spec });
    expect(report.cases[0].failures).toEqual([
      expect.objectContaining({
        kind: 'field',
        field: 'responsePayload',
        got: expect.objectContaining({ errorMessage: 'Some serious failure' }),
      }),
    ]);
  });

  it('leaves other messages of a shared destination queue where they were', async () => {
    for (let i = 0; i < 15; i++)
      await clients.sqs.send(
        new SendMessageCommand({ QueueUrl: ok.url, MessageBody: `someone else's ${i}` }),
      );
    const report = await verify({
      ...base(),
      spec: { functions: [{ ...standard.functions[0], cases: [standard.functions[0].cases[0]] }] },
    });
    expect(report.passed).toBe(true);
    const { Attributes } = await clients.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: ok.url,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    expect(
      Number(Attributes?.ApproximateNumberOfMessages) +
        Number(Attributes?.ApproximateNumberOfMessagesNotVisible),
    ).toBe(15);
  });

  it('correlates by a marker field when asked', async () => {
    const report = await verify({ ...base(), spec: { ...standard, markerField: '_verifyMarker' } });
    expect(report.passed).toBe(true);
    expect(report.totals.received).toBe(5);
  });

  it('fails a case with no record when the role lacks the permission, and says so', async () => {
    await clients.iam.send(
      new CreateRoleCommand({
        RoleName: 'narrow',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      }),
    );
    await clients.iam.send(
      new PutRolePolicyCommand({
        RoleName: 'narrow',
        PolicyName: 'only-ok',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: ok.arn }],
        }),
      }),
    );
    await createFunction(clients, 'svc-dev-narrow', undefined, {
      Role: `arn:aws:iam::${ACCOUNT}:role/narrow`,
    });
    await setDestinations(clients, 'svc-dev-narrow', { onSuccess: ok.arn, onFailure: fail.arn });
    const spec: Spec = {
      functions: [{ function: 'svc-dev-narrow', cases: standard.functions[0].cases }],
    };
    const problems = await doctor({ ...base(), spec });
    expect(problems).toEqual([
      expect.objectContaining({ level: 'error', check: 'permission', subject: fail.arn }),
    ]);
    expect(problems[0].message).toContain(`lacks sqs:SendMessage on ${fail.arn}`);

    const report = await verify({ ...base(), spec, timeoutSeconds: 2 });
    expect(report.cases.map((c) => [c.name, c.passed])).toEqual([
      ['succeeds', true],
      ['fails', false],
    ]);
    expect(report.cases[1].failures[0]).toMatchObject({ kind: 'missing', cause: problems[0].message });
  });

  it('flags a FIFO destination in the preflight and fails its case', async () => {
    const fifo = await createQueue(clients, 'records.fifo', { FifoQueue: 'true' });
    await createFunction(clients, 'svc-dev-fifo');
    await setDestinations(clients, 'svc-dev-fifo', { onSuccess: fifo.arn });
    const spec: Spec = {
      functions: [
        {
          function: 'svc-dev-fifo',
          cases: [
            { name: 'ok', payload: { Success: true }, invocations: 1, expect: { destination: 'onSuccess' } },
          ],
        },
      ],
    };
    const report = await verify({ ...base(), spec, timeoutSeconds: 1 });
    expect(report.preflight[0]).toMatchObject({ level: 'error', subject: fifo.arn });
    expect(report.preflight[0].message).toContain('FIFO');
    expect(report.cases[0]).toMatchObject({ passed: false, missing: 1 });
    expect(report.cases[0].failures[0].cause).toContain('FIFO');
  });

  it('refuses a function with no EventInvokeConfig as a configuration error', async () => {
    await createFunction(clients, 'svc-dev-bare');
    const spec: Spec = {
      functions: [
        {
          function: 'svc-dev-bare',
          cases: [{ name: 'x', payload: {}, invocations: 1, expect: { destination: 'onSuccess' } }],
        },
      ],
    };
    await expect(verify({ ...base(), spec })).rejects.toThrow(/no EventInvokeConfig/);
    await expect(
      verify({ ...base(), spec: { functions: [{ ...spec.functions[0], function: 'nope' }] } }),
    ).rejects.toThrow(/function nope not found/);
  });
});
