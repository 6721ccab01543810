import { CreateEventBusCommand } from '@aws-sdk/client-eventbridge';
import { CreateRoleCommand } from '@aws-sdk/client-iam';
import {
  GetFunctionEventInvokeConfigCommand,
  PutFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { CreateTopicCommand, ListSubscriptionsByTopicCommand } from '@aws-sdk/client-sns';
import { ListQueuesCommand } from '@aws-sdk/client-sqs';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Clients, createClients } from '../src/clients.js';
import { type Spec, verify } from '../src/index.js';
import { createFunction, createQueue, LOGGER, SILENT, setDestinations } from './helpers.js';

let cloud: RunningCloud;
let clients: Clients;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  clients = createClients({ cloud: 'local', endpoint: cloud.url, region: 'us-east-1' });
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

function both(fn: string, onSuccess = true): Spec {
  return {
    functions: [
      {
        function: fn,
        cases: [
          ...(onSuccess
            ? [
                {
                  name: 'succeeds',
                  payload: { Success: true },
                  invocations: 2,
                  expect: { destination: 'onSuccess' as const },
                },
              ]
            : []),
          {
            name: 'fails',
            payload: { Success: false },
            invocations: 2,
            expect: {
              destination: 'onFailure' as const,
              responsePayload: { errorMessage: 'Some serious failure' },
            },
          },
        ],
      },
    ],
  };
}

async function tapQueuesLeft(): Promise<number> {
  const out = await clients.sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'destinations-tap' }));
  return out.QueueUrls?.length ?? 0;
}

describe('every destination type, through its tap', () => {
  it('SNS topic: records read through a temporary subscription, removed after', async () => {
    const ok = await clients.sns.send(new CreateTopicCommand({ Name: 'ok-topic' }));
    const bad = await clients.sns.send(new CreateTopicCommand({ Name: 'fail-topic' }));
    await createFunction(clients, 'to-sns');
    await setDestinations(clients, 'to-sns', { onSuccess: ok.TopicArn, onFailure: bad.TopicArn });
    const report = await verify({ ...base(), spec: both('to-sns') });
    expect(report.cases.map((c) => [c.name, c.passed, c.received])).toEqual([
      ['succeeds', true, 2],
      ['fails', true, 2],
    ]);
    expect(await tapQueuesLeft()).toBe(0);
    const subs = await clients.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: ok.TopicArn }));
    expect(subs.Subscriptions ?? []).toHaveLength(0);
  });

  it('EventBridge bus: records read through a temporary rule, removed after', async () => {
    const bus = await clients.events.send(new CreateEventBusCommand({ Name: 'records' }));
    await createFunction(clients, 'to-bus');
    await setDestinations(clients, 'to-bus', { onSuccess: bus.EventBusArn, onFailure: bus.EventBusArn });
    const report = await verify({ ...base(), spec: both('to-bus') });
    expect(report.cases.map((c) => [c.name, c.passed, c.received])).toEqual([
      ['succeeds', true, 2],
      ['fails', true, 2],
    ]);
    expect(await tapQueuesLeft()).toBe(0);
  });

  it('Lambda function with no EventInvokeConfig: read through one given for the run, its handler silent', async () => {
    // A role that grants nothing: the temporary queue's own policy lets the function's records in.
    const role = await clients.iam.send(
      new CreateRoleCommand({
        RoleName: 'record-taker-role',
        AssumeRolePolicyDocument: JSON.stringify({
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      }),
    );
    const silent = await createFunction(clients, 'record-taker', SILENT, { Role: role.Role!.Arn });
    await createFunction(clients, 'to-fn');
    await setDestinations(clients, 'to-fn', { onSuccess: silent, onFailure: silent });
    const report = await verify({ ...base(), spec: both('to-fn'), timeoutSeconds: 20 });
    expect(report.cases.map((c) => [c.name, c.passed, c.received])).toEqual([
      ['succeeds', true, 2],
      ['fails', true, 2],
    ]);
    expect(report.taps).toEqual([
      {
        destinationArn: silent,
        type: 'lambda',
        via: 'a temporary EventInvokeConfig sending its own records to a temporary queue, removed after: the record it received is their requestPayload',
      },
    ]);
    // The function is as it was: no EventInvokeConfig, no queue left.
    await expect(
      clients.lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: 'record-taker' })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    expect(await tapQueuesLeft()).toBe(0);
  });

  it('Lambda function with destinations of its own: read there, its config untouched', async () => {
    const own = await createQueue(clients, 'taker-records');
    const silent = await createFunction(clients, 'record-taker-2', SILENT);
    await setDestinations(clients, 'record-taker-2', { onSuccess: own.arn, onFailure: own.arn }, 1);
    await createFunction(clients, 'to-fn-2');
    await setDestinations(clients, 'to-fn-2', { onSuccess: silent, onFailure: silent });
    const report = await verify({ ...base(), spec: both('to-fn-2'), timeoutSeconds: 20 });
    expect(report.cases.map((c) => [c.name, c.passed, c.received])).toEqual([
      ['succeeds', true, 2],
      ['fails', true, 2],
    ]);
    expect(report.taps?.[0].via).toBe(
      `its own destinations (onSuccess ${own.arn}, onFailure ${own.arn}): the record it received is the requestPayload of its own records`,
    );
    const config = await clients.lambda.send(
      new GetFunctionEventInvokeConfigCommand({ FunctionName: 'record-taker-2' }),
    );
    expect([config.MaximumRetryAttempts, config.DestinationConfig?.OnSuccess?.Destination]).toEqual([
      1,
      own.arn,
    ]);
  });

  it('Lambda function whose own config sends its records nowhere readable: read in its log', async () => {
    const logger = await createFunction(clients, 'record-logger', LOGGER);
    await clients.lambda.send(
      new PutFunctionEventInvokeConfigCommand({ FunctionName: 'record-logger', MaximumRetryAttempts: 0 }),
    );
    await createFunction(clients, 'to-fn-3');
    await setDestinations(clients, 'to-fn-3', { onSuccess: logger, onFailure: logger });
    const report = await verify({ ...base(), spec: both('to-fn-3'), timeoutSeconds: 20 });
    expect(report.cases.map((c) => [c.name, c.passed, c.received])).toEqual([
      ['succeeds', true, 2],
      ['fails', true, 2],
    ]);
    expect(report.taps?.[0].via).toBe(
      'its log group /aws/lambda/record-logger, where it must log each record as one JSON line (its own EventInvokeConfig does not send both outcomes to a queue, topic, bus or bucket)',
    );
  });

  it('S3 bucket: failure records read under aws/lambda/async/<function>/', async () => {
    await clients.s3.send(new CreateBucketCommand({ Bucket: 'failure-records' }));
    await createFunction(clients, 'to-s3');
    await setDestinations(clients, 'to-s3', { onFailure: 'arn:aws:s3:::failure-records' });
    const report = await verify({ ...base(), spec: both('to-s3', false) });
    expect(report.cases.map((c) => [c.name, c.passed, c.received])).toEqual([['fails', true, 2]]);
  });

  it('removes its temporary taps when the run is cancelled', async () => {
    const topic = await clients.sns.send(new CreateTopicCommand({ Name: 'cancelled-topic' }));
    await createFunction(clients, 'to-cancelled');
    await setDestinations(clients, 'to-cancelled', { onSuccess: topic.TopicArn, onFailure: topic.TopicArn });
    const controller = new AbortController();
    const run = verify({
      ...base(),
      spec: both('to-cancelled'),
      signal: controller.signal,
      onProgress: (e) => {
        if (e.phase === 'collect') controller.abort();
      },
    });
    await expect(run).rejects.toThrow();
    expect(await tapQueuesLeft()).toBe(0);
    const subs = await clients.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topic.TopicArn }));
    expect(subs.Subscriptions ?? []).toHaveLength(0);
  });
});
