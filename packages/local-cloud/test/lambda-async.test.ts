import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import {
  InvokeCommand,
  LambdaClient,
  PutFunctionConcurrencyCommand,
  PutFunctionEventInvokeConfigCommand,
  type PutFunctionEventInvokeConfigCommandInput,
} from '@aws-sdk/client-lambda';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clientConfig, createFixtureFunction, HAS_PYTHON, receiveAll } from './fixtures/lambda/helpers.js';

let cloud: RunningCloud;
let lambda: LambdaClient;
let sqs: SQSClient;
let logs: CloudWatchLogsClient;
const ARN = 'arn:aws:lambda:us-east-1:000000000000:function';
const QARN = 'arn:aws:sqs:us-east-1:000000000000';
type Fixture = 'node' | 'python';
// Python when the host has it (the guide's handler), else the Node.js fixture failing the same way.
const PY_OR_NODE: Fixture = HAS_PYTHON ? 'python' : 'node';
const FAILING_EVENT = HAS_PYTHON ? '{"Success":false}' : '{"mode":"throw"}';

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  lambda = new LambdaClient(clientConfig(cloud.url));
  sqs = new SQSClient(clientConfig(cloud.url));
  logs = new CloudWatchLogsClient(clientConfig(cloud.url));
});
afterAll(() => cloud.stop());

async function queue(
  name: string,
  attributes?: Record<string, string>,
): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  return { url: QueueUrl!, arn: `${QARN}:${name}` };
}

async function fire(name: string, payload: string): Promise<string> {
  const out = await lambda.send(
    new InvokeCommand({ FunctionName: name, InvocationType: 'Event', Payload: Buffer.from(payload) }),
  );
  expect(out.StatusCode).toBe(202);
  return out.$metadata.requestId!;
}

async function setup(
  name: string,
  fixture: 'node' | 'python',
  config: Partial<PutFunctionEventInvokeConfigCommandInput>,
  timeout = 1,
): Promise<void> {
  await createFixtureFunction(lambda, name, fixture, { Timeout: timeout });
  await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: name, ...config }));
}

async function oneRecord(url: string) {
  const [m] = await receiveAll(sqs, url, 1);
  expect(m).toBeDefined();
  return { body: m.Body!, record: JSON.parse(m.Body!), message: m };
}

describe('records in an SQS destination', () => {
  it('Success: exact shape, key order, the caller payload verbatim', async () => {
    const q = await queue('ok-dest');
    await setup('a-ok', 'node', { DestinationConfig: { OnSuccess: { Destination: q.arn } } });
    const payload = '{ "Success" :  true,\n "n": 1 }';
    const id = await fire('a-ok', payload);
    const { body, record, message } = await oneRecord(q.url);
    expect(message.MessageAttributes).toBeUndefined();
    expect(body).toBe(
      `{"version":"1.0","timestamp":"${record.timestamp}","requestContext":{"requestId":"${id}",` +
        `"functionArn":"${ARN}:a-ok:$LATEST","condition":"Success","approximateInvokeCount":1},` +
        `"requestPayload":${payload},"responseContext":{"statusCode":200,"executedVersion":"$LATEST"},` +
        `"responsePayload":{"ok":true,"echo":{"Success":true,"n":1}}}`,
    );
    expect(record.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it.each(
    [
      ['node', 'a-node-3', { mode: 'throw' }, 'Error'],
      ['python', 'a-py-3', { Success: false }, 'Exception'],
    ].filter(([f]) => f === 'node' || HAS_PYTHON) as [Fixture, string, object, string][],
  )('RetriesExhausted after 3 attempts (%s)', async (fixture, name, event, errorType) => {
    const q = await queue(`${name}-dest`);
    await setup(name, fixture, { DestinationConfig: { OnFailure: { Destination: q.arn } } });
    const id = await fire(name, JSON.stringify(event));
    const { record } = await oneRecord(q.url);
    expect(record.requestContext).toEqual({
      requestId: id,
      functionArn: `${ARN}:${name}:$LATEST`,
      condition: 'RetriesExhausted',
      approximateInvokeCount: 3,
    });
    expect(record.requestPayload).toEqual(event);
    expect(record.responseContext).toEqual({
      statusCode: 200,
      executedVersion: '$LATEST',
      functionError: 'Unhandled',
    });
    expect(record.responsePayload.errorType).toBe(errorType);
    if (fixture === 'python') {
      expect(record.responsePayload).toMatchObject({ errorMessage: 'Some serious failure', requestId: id });
    }
  });

  it.each(
    [
      ['node', 'a-node-1', { mode: 'timeout' }, 'Sandbox.Timedout'],
      ['node', 'a-node-crash', { mode: 'crash' }, 'Runtime.ExitError'],
      ['python', 'a-py-1', { mode: 'timeout' }, 'Sandbox.Timedout'],
      ['python', 'a-py-crash', { mode: 'crash' }, 'Runtime.ExitError'],
    ].filter(([f]) => f === 'node' || HAS_PYTHON) as [Fixture, string, object, string][],
  )('RetriesExhausted after 1 attempt with retries 0 (%s %s)', async (fixture, name, event, errorType) => {
    const q = await queue(`${name}-dest`);
    await setup(name, fixture, {
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: q.arn } },
    });
    const id = await fire(name, JSON.stringify(event));
    const { record } = await oneRecord(q.url);
    expect(record.requestContext).toMatchObject({
      requestId: id,
      condition: 'RetriesExhausted',
      approximateInvokeCount: 1,
    });
    expect(record.responseContext.functionError).toBe('Unhandled');
    expect(record.responsePayload.errorType).toBe(errorType);
    expect(record.responsePayload.errorMessage).toMatch(new RegExp(`^RequestId: ${id} Error: `));
  });

  it('EventAgeExceeded as soon as the next retry would start too late', async () => {
    const q = await queue('age-dest');
    await setup('a-age', PY_OR_NODE, {
      MaximumEventAgeInSeconds: 60,
      DestinationConfig: { OnFailure: { Destination: q.arn } },
    });
    const id = await fire('a-age', FAILING_EVENT);
    const { record } = await oneRecord(q.url);
    expect(record.requestContext).toMatchObject({
      requestId: id,
      condition: 'EventAgeExceeded',
      approximateInvokeCount: 1,
    });
    expect(record.responsePayload.errorMessage).toBe(HAS_PYTHON ? 'Some serious failure' : 'boom');
  });

  it('EventAgeExceeded after the second attempt when only the third would be too late', async () => {
    // A coarser scale, so the scaled delays dwarf the attempt's own run time: 60 s -> 600 ms, 150 s -> 1.5 s.
    const slow = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.01 });
    try {
      const l = new LambdaClient(clientConfig(slow.url));
      const s = new SQSClient(clientConfig(slow.url));
      const { QueueUrl } = await s.send(new CreateQueueCommand({ QueueName: 'age2' }));
      await createFixtureFunction(l, 'a-age2', 'node');
      await l.send(
        new PutFunctionEventInvokeConfigCommand({
          FunctionName: 'a-age2',
          MaximumEventAgeInSeconds: 150,
          DestinationConfig: { OnFailure: { Destination: `${QARN}:age2` } },
        }),
      );
      await l.send(new InvokeCommand({ FunctionName: 'a-age2', Payload: Buffer.from('{}') }));
      await l.send(
        new InvokeCommand({
          FunctionName: 'a-age2',
          InvocationType: 'Event',
          Payload: Buffer.from('{"mode":"throw"}'),
        }),
      );
      const [m] = await receiveAll(s, QueueUrl!, 1);
      expect(JSON.parse(m.Body!).requestContext).toMatchObject({
        condition: 'EventAgeExceeded',
        approximateInvokeCount: 2,
      });
    } finally {
      await slow.stop();
    }
  });

  it('ZeroReservedConcurrency at once, with no response context or payload', async () => {
    const q = await queue('zero-dest');
    await setup('a-zero', 'node', { DestinationConfig: { OnFailure: { Destination: q.arn } } });
    await lambda.send(
      new PutFunctionConcurrencyCommand({ FunctionName: 'a-zero', ReservedConcurrentExecutions: 0 }),
    );
    const id = await fire('a-zero', '{"x":1}');
    const { body } = await oneRecord(q.url);
    const record = JSON.parse(body);
    expect(Object.keys(record)).toEqual(['version', 'timestamp', 'requestContext', 'requestPayload']);
    expect(record.requestContext).toEqual({
      requestId: id,
      functionArn: `${ARN}:a-zero:$LATEST`,
      condition: 'ZeroReservedConcurrency',
      approximateInvokeCount: 0,
    });
  });

  it('throttled events go back to the queue without counting as attempts', async () => {
    const q = await queue('throttle-dest');
    await setup('a-throttle', 'node', { DestinationConfig: { OnSuccess: { Destination: q.arn } } });
    await lambda.send(
      new PutFunctionConcurrencyCommand({ FunctionName: 'a-throttle', ReservedConcurrentExecutions: 1 }),
    );
    const ids = await Promise.all([1, 2, 3, 4].map(() => fire('a-throttle', '{"mode":"sleep","ms":150}')));
    const records = (await receiveAll(sqs, q.url, 4)).map((m) => JSON.parse(m.Body!));
    expect(records.map((r) => r.requestContext.requestId).sort()).toEqual([...ids].sort());
    for (const r of records) {
      expect(r.requestContext).toMatchObject({ condition: 'Success', approximateInvokeCount: 1 });
    }
    const metrics = (await (await fetch(`${cloud.url}/_localcloud/metrics`)).json()) as Record<
      string,
      Record<string, number>
    >;
    expect(metrics.Throttles['a-throttle']).toBeGreaterThan(0);
    expect(metrics.EnvironmentsStarted['a-throttle']).toBe(1);
  });

  it('records a qualified invocation under its alias', async () => {
    const q = await queue('alias-dest');
    await createFixtureFunction(lambda, 'a-alias', 'node', { Publish: true });
    const { CreateAliasCommand } = await import('@aws-sdk/client-lambda');
    await lambda.send(
      new CreateAliasCommand({ FunctionName: 'a-alias', Name: 'prod', FunctionVersion: '1' }),
    );
    await lambda.send(
      new PutFunctionEventInvokeConfigCommand({
        FunctionName: 'a-alias',
        Qualifier: 'prod',
        DestinationConfig: { OnSuccess: { Destination: q.arn } },
      }),
    );
    await lambda.send(
      new InvokeCommand({
        FunctionName: 'a-alias:prod',
        InvocationType: 'Event',
        Payload: Buffer.from('{}'),
      }),
    );
    const { record } = await oneRecord(q.url);
    expect(record.requestContext.functionArn).toBe(`${ARN}:a-alias:prod`);
    expect(record.responseContext.executedVersion).toBe('1');
  });
});

describe('other destinations', () => {
  it('a Lambda destination gets the record as its event, findable in its log group', async () => {
    await createFixtureFunction(lambda, 'a-dest-fn', 'destination');
    await setup('a-to-fn', 'node', {
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: `${ARN}:a-dest-fn` } },
    });
    const id = await fire('a-to-fn', '{"mode":"throw"}');
    let line: string | undefined;
    for (let i = 0; i < 100 && !line; i++) {
      const found = await logs
        .send(new FilterLogEventsCommand({ logGroupName: '/aws/lambda/a-dest-fn', filterPattern: `"${id}"` }))
        .catch(() => ({ events: [] }));
      line = found.events?.find((e) => e.message?.includes('"condition"'))?.message;
      if (!line) await new Promise((r) => setTimeout(r, 50));
    }
    expect(line).toBeDefined();
    const record = JSON.parse(line!.split('\t')[3]);
    expect(record.requestContext).toMatchObject({
      requestId: id,
      condition: 'RetriesExhausted',
      approximateInvokeCount: 1,
    });
  });

  it('the dead-letter queue gets the raw event with RequestID, ErrorCode and ErrorMessage', async () => {
    const dlq = await queue('old-dlq');
    await createFixtureFunction(lambda, 'a-dlq', 'node', { DeadLetterConfig: { TargetArn: dlq.arn } });
    await lambda.send(
      new PutFunctionEventInvokeConfigCommand({ FunctionName: 'a-dlq', MaximumRetryAttempts: 0 }),
    );
    const id = await fire('a-dlq', '{"mode":"throw"}');
    const [m] = await receiveAll(sqs, dlq.url, 1);
    expect(m.Body).toBe('{"mode":"throw"}');
    expect(m.MessageAttributes?.RequestID?.StringValue).toBe(id);
    expect(m.MessageAttributes?.ErrorCode).toMatchObject({ DataType: 'Number', StringValue: '200' });
    expect(m.MessageAttributes?.ErrorMessage?.StringValue).toBe('boom');
  });

  it('counts a FIFO queue, a missing queue and a denied role as delivery failures', async () => {
    const fifo = await queue('dest.fifo', { FifoQueue: 'true' });
    await setup('a-fifo', 'node', { DestinationConfig: { OnSuccess: { Destination: fifo.arn } } });
    await setup('a-missing', 'node', {
      DestinationConfig: { OnSuccess: { Destination: `${QARN}:never-made` } },
    });
    const iam = new IAMClient(clientConfig(cloud.url));
    const allowed = await queue('allowed-dest');
    const denied = await queue('denied-dest');
    const role = await iam.send(
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
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'narrow',
        PolicyName: 'only-allowed',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: allowed.arn }],
        }),
      }),
    );
    await createFixtureFunction(lambda, 'a-denied', 'node', { Role: role.Role!.Arn });
    await lambda.send(
      new PutFunctionEventInvokeConfigCommand({
        FunctionName: 'a-denied',
        DestinationConfig: { OnSuccess: { Destination: denied.arn } },
      }),
    );
    await fire('a-fifo', '{}');
    await fire('a-missing', '{}');
    await fire('a-denied', '{}');
    let metrics: Record<string, Record<string, number>> = {};
    for (let i = 0; i < 100; i++) {
      metrics = (await (await fetch(`${cloud.url}/_localcloud/metrics`)).json()) as typeof metrics;
      const f = metrics.DestinationDeliveryFailures ?? {};
      if (f['a-fifo'] && f['a-missing'] && f['a-denied']) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(metrics.DestinationDeliveryFailures).toMatchObject({ 'a-fifo': 1, 'a-missing': 1, 'a-denied': 1 });
    const attrs = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: denied.url,
        AttributeNames: ['ApproximateNumberOfMessages'],
      }),
    );
    expect(attrs.Attributes?.ApproximateNumberOfMessages).toBe('0');
  });
});

describe('SNS, EventBridge and S3 destinations', () => {
  it('SNS: the record is the message; a failure record over 256 KB loses its payloads', async () => {
    const { SNSClient, CreateTopicCommand, SubscribeCommand } = await import('@aws-sdk/client-sns');
    const sns = new SNSClient(clientConfig(cloud.url));
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'records' }));
    const q = await queue('from-topic');
    await sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: 'sqs',
        Endpoint: q.arn,
        Attributes: { RawMessageDelivery: 'true' },
      }),
    );
    await setup('a-sns', 'node', {
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: TopicArn! } },
    });
    const small = await fire('a-sns', '{"mode":"throw"}');
    const big = await fire('a-sns', JSON.stringify({ mode: 'throw', pad: 'x'.repeat(300 * 1024) }));
    const got = (await receiveAll(sqs, q.url, 2)).map((m) => JSON.parse(m.Body!));
    const byId = Object.fromEntries(got.map((r) => [r.requestContext.requestId, r]));
    expect(byId[small]).toHaveProperty('requestPayload', { mode: 'throw' });
    expect(byId[small]).toHaveProperty('responsePayload');
    expect(Object.keys(byId[big])).toEqual(['version', 'timestamp', 'requestContext', 'responseContext']);
  });

  it('EventBridge: source lambda, the result detail-type, bus and function as resources', async () => {
    const { EventBridgeClient, CreateEventBusCommand, PutRuleCommand, PutTargetsCommand } = await import(
      '@aws-sdk/client-eventbridge'
    );
    const eb = new EventBridgeClient(clientConfig(cloud.url));
    const { EventBusArn } = await eb.send(new CreateEventBusCommand({ Name: 'results' }));
    const q = await queue('from-bus');
    await eb.send(
      new PutRuleCommand({
        Name: 'all',
        EventBusName: 'results',
        EventPattern: JSON.stringify({ source: ['lambda'] }),
      }),
    );
    await eb.send(
      new PutTargetsCommand({ Rule: 'all', EventBusName: 'results', Targets: [{ Id: 'q', Arn: q.arn }] }),
    );
    await setup('a-bus', 'node', { DestinationConfig: { OnSuccess: { Destination: EventBusArn! } } });
    const id = await fire('a-bus', '{"x":2}');
    const [m] = await receiveAll(sqs, q.url, 1);
    const event = JSON.parse(m.Body!);
    expect(event).toMatchObject({
      version: '0',
      source: 'lambda',
      'detail-type': 'Lambda Function Invocation Result - Success',
      resources: [EventBusArn, `${ARN}:a-bus:$LATEST`],
    });
    expect(event.detail.requestContext).toMatchObject({ requestId: id, condition: 'Success' });
    expect(event.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('S3: a failure record lands under aws/lambda/async/<function>/', async () => {
    const { S3Client, CreateBucketCommand, ListObjectsV2Command, GetObjectCommand } = await import(
      '@aws-sdk/client-s3'
    );
    const s3 = new S3Client({ ...clientConfig(cloud.url), forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'failures' }));
    await setup('a-s3', PY_OR_NODE, {
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: 'arn:aws:s3:::failures' } },
    });
    const id = await fire('a-s3', FAILING_EVENT);
    let keys: string[] = [];
    for (let i = 0; i < 100 && keys.length === 0; i++) {
      const list = await s3.send(
        new ListObjectsV2Command({ Bucket: 'failures', Prefix: 'aws/lambda/async/a-s3/' }),
      );
      keys = (list.Contents ?? []).map((o) => o.Key!);
      if (keys.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(
      /^aws\/lambda\/async\/a-s3\/\d{4}\/\d\d\/\d\d\/\d{4}-\d\d-\d\dT\d\d\.\d\d\.\d\d-[0-9a-f-]{36}$/,
    );
    const obj = await s3.send(new GetObjectCommand({ Bucket: 'failures', Key: keys[0] }));
    const record = JSON.parse(await obj.Body!.transformToString());
    expect(record.requestContext).toMatchObject({ requestId: id, condition: 'RetriesExhausted' });
  });
});
