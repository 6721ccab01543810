// The event source mapping API for SQS: Create/Get/List/Update/Delete with AWS's states and errors, and
// the poller behind it (batch size, batching window, ReportBatchItemFailures, disabling, deleting).
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import {
  CreateEventSourceMappingCommand,
  CreateFunctionCommand,
  DeleteEventSourceMappingCommand,
  GetEventSourceMappingCommand,
  LambdaClient,
  ListEventSourceMappingsCommand,
  UpdateEventSourceMappingCommand,
} from '@aws-sdk/client-lambda';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clientConfig, ROLE } from './fixtures/lambda/helpers.js';
import { eventually } from './stacks-helpers.js';

let cloud: RunningCloud;
let lambda: LambdaClient;
let sqs: SQSClient;
let logs: CloudWatchLogsClient;
let iam: IAMClient;
const ACCOUNT = '000000000000';

/** Logs the size of each batch and its bodies; reports the bodies `fail` as batch item failures. */
const CONSUMER = `export const handler = async (event) => {
  console.log('batch ' + event.Records.length + ' ' + event.Records.map((r) => r.body).join(','));
  return { batchItemFailures: event.Records.filter((r) => r.body === 'fail').map((r) => ({ itemIdentifier: r.messageId })) };
};`;

async function consumer(name: string, role = ROLE): Promise<string> {
  const out = await lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: role,
      Code: { ZipFile: zipSync({ 'index.mjs': strToU8(CONSUMER) }) },
    }),
  );
  return out.FunctionArn!;
}

async function queue(name: string): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await sqs.send(
    new CreateQueueCommand({ QueueName: name, Attributes: { VisibilityTimeout: '1' } }),
  );
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
  );
  return { url: QueueUrl!, arn: Attributes!.QueueArn! };
}

async function send(url: string, ...bodies: string[]): Promise<void> {
  await sqs.send(
    new SendMessageBatchCommand({
      QueueUrl: url,
      Entries: bodies.map((MessageBody, i) => ({ Id: String(i), MessageBody })),
    }),
  );
}

/** Messages left in the queue, visible or not. */
async function left(url: string): Promise<number> {
  const a = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(a.Attributes?.ApproximateNumberOfMessages) +
    Number(a.Attributes?.ApproximateNumberOfMessagesNotVisible)
  );
}

/** The `batch ...` lines the consumer logged. */
async function batches(fn: string): Promise<string[]> {
  try {
    const out = await logs.send(new FilterLogEventsCommand({ logGroupName: `/aws/lambda/${fn}` }));
    return (out.events ?? [])
      .map((e) => /batch (.*)$/m.exec(e.message ?? '')?.[1])
      .filter((l): l is string => Boolean(l))
      .map((l) => l.trim());
  } catch {
    return [];
  }
}

async function error(p: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await p;
  } catch (err) {
    const e = err as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('expected an error');
}

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  lambda = new LambdaClient({ ...clientConfig(cloud.url), maxAttempts: 1 });
  sqs = new SQSClient(clientConfig(cloud.url));
  logs = new CloudWatchLogsClient(clientConfig(cloud.url));
  iam = new IAMClient(clientConfig(cloud.url));
});
afterAll(async () => {
  for (const c of [lambda, sqs, logs, iam]) c.destroy();
  await cloud.stop();
});

describe('the event source mapping API', () => {
  it('creates a mapping (202, Creating), reads it back Enabled, lists it by queue and function', async () => {
    const q = await queue('esm-api');
    const fnArn = await consumer('esm-api-fn');
    const created = await lambda.send(
      new CreateEventSourceMappingCommand({ FunctionName: 'esm-api-fn', EventSourceArn: q.arn }),
    );
    expect(created.$metadata.httpStatusCode).toBe(202);
    expect(created).toMatchObject({
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 0,
      EventSourceArn: q.arn,
      FunctionArn: fnArn,
      State: 'Creating',
      StateTransitionReason: 'USER_INITIATED',
      FunctionResponseTypes: [],
      EventSourceMappingArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:event-source-mapping:${created.UUID}`,
    });
    expect(created.LastModified).toBeInstanceOf(Date);
    const got = await lambda.send(new GetEventSourceMappingCommand({ UUID: created.UUID }));
    expect(got.State).toBe('Enabled');
    const byQueue = await lambda.send(new ListEventSourceMappingsCommand({ EventSourceArn: q.arn }));
    expect(byQueue.EventSourceMappings?.map((m) => m.UUID)).toEqual([created.UUID]);
    const byFunction = await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: fnArn }));
    expect(byFunction.EventSourceMappings?.map((m) => m.UUID)).toEqual([created.UUID]);
    const none = await lambda.send(new ListEventSourceMappingsCommand({ FunctionName: 'esm-nobody' }));
    expect(none.EventSourceMappings).toEqual([]);
    const deleted = await lambda.send(new DeleteEventSourceMappingCommand({ UUID: created.UUID }));
    expect([deleted.$metadata.httpStatusCode, deleted.State]).toEqual([202, 'Deleting']);
    expect(await error(lambda.send(new GetEventSourceMappingCommand({ UUID: created.UUID })))).toEqual({
      name: 'ResourceNotFoundException',
      message: 'The resource you requested does not exist.',
      status: 404,
    });
  });

  it('answers AWS’s errors for duplicates, other sources, batch rules, missing queues and functions', async () => {
    const q = await queue('esm-errors');
    await consumer('esm-errors-fn');
    const first = await lambda.send(
      new CreateEventSourceMappingCommand({
        FunctionName: 'esm-errors-fn',
        EventSourceArn: q.arn,
        Enabled: false,
      }),
    );
    const create = (input: Record<string, unknown>) =>
      error(
        lambda.send(
          new CreateEventSourceMappingCommand({
            FunctionName: 'esm-errors-fn',
            EventSourceArn: q.arn,
            ...input,
          }),
        ),
      );
    expect(await create({})).toEqual({
      name: 'ResourceConflictException',
      message: `An event source mapping with SQS arn (" ${q.arn} ") and function (" esm-errors-fn ") already exists. Please update or delete the existing mapping with UUID ${first.UUID}`,
      status: 409,
    });
    const stream = `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/s`;
    expect(await create({ EventSourceArn: stream })).toMatchObject({
      name: 'InvalidParameterValueException',
      status: 400,
    });
    expect((await create({ BatchSize: 11 })).message).toBe(
      'Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10',
    );
    expect(await create({ BatchSize: 0 })).toEqual({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value '0' at 'batchSize' failed to satisfy constraint: Member must have value greater than or equal to 1",
      status: 400,
    });
    expect(await create({ EventSourceArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:esm-no-such-queue` })).toEqual({
      name: 'InvalidParameterValueException',
      message: 'The provided execution role does not have permissions to call ReceiveMessage on SQS',
      status: 400,
    });
    expect(await create({ FunctionName: 'esm-no-such-fn' })).toEqual({
      name: 'ResourceNotFoundException',
      message: `Function not found: arn:aws:lambda:us-east-1:${ACCOUNT}:function:esm-no-such-fn`,
      status: 404,
    });
    expect(
      await error(lambda.send(new UpdateEventSourceMappingCommand({ UUID: 'no-such-uuid', BatchSize: 1 }))),
    ).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
  });

  it('refuses a role that may not receive from the queue, as AWS does', async () => {
    const q = await queue('esm-denied');
    const role = await iam.send(
      new CreateRoleCommand({
        RoleName: 'esm-no-sqs',
        AssumeRolePolicyDocument: JSON.stringify({
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      }),
    );
    await consumer('esm-denied-fn', role.Role!.Arn!);
    const create = () =>
      error(
        lambda.send(
          new CreateEventSourceMappingCommand({ FunctionName: 'esm-denied-fn', EventSourceArn: q.arn }),
        ),
      );
    expect((await create()).message).toBe(
      'The provided execution role does not have permissions to call ReceiveMessage on SQS',
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'esm-no-sqs',
        PolicyName: 'receive-only',
        PolicyDocument: JSON.stringify({
          Statement: [{ Effect: 'Allow', Action: 'sqs:ReceiveMessage', Resource: q.arn }],
        }),
      }),
    );
    expect((await create()).message).toBe(
      'The provided execution role does not have permissions to call DeleteMessage on SQS',
    );
  });
});

describe('the poller behind a mapping', () => {
  it('gathers a batch within the window, deletes it, and keeps the reported failures', async () => {
    const q = await queue('esm-batch');
    await consumer('esm-batch-fn');
    // Sent before the mapping exists, so the first batch holds all three.
    await send(q.url, 'a', 'fail', 'b');
    const m = await lambda.send(
      new CreateEventSourceMappingCommand({
        FunctionName: 'esm-batch-fn',
        EventSourceArn: q.arn,
        BatchSize: 20,
        MaximumBatchingWindowInSeconds: 1,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      }),
    );
    expect(m.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    const first = await eventually(async () => {
      const seen = await batches('esm-batch-fn');
      return seen.length > 0 ? seen[0] : undefined;
    });
    expect(first).toBe('3 a,fail,b');
    // The failed message comes back after its visibility timeout and fails again; the others are gone.
    await eventually(async () => ((await batches('esm-batch-fn')).includes('1 fail') ? true : undefined));
    const disabled = await lambda.send(new UpdateEventSourceMappingCommand({ UUID: m.UUID, Enabled: false }));
    expect(disabled.State).toBe('Disabling');
    expect((await lambda.send(new GetEventSourceMappingCommand({ UUID: m.UUID }))).State).toBe('Disabled');
    expect(await eventually(async () => ((await left(q.url)) === 1 ? 1 : undefined))).toBe(1);
  });

  it('leaves messages alone while disabled and takes them when enabled again', async () => {
    const q = await queue('esm-toggle');
    await consumer('esm-toggle-fn');
    const m = await lambda.send(
      new CreateEventSourceMappingCommand({
        FunctionName: 'esm-toggle-fn',
        EventSourceArn: q.arn,
        Enabled: false,
      }),
    );
    expect((await lambda.send(new GetEventSourceMappingCommand({ UUID: m.UUID }))).State).toBe('Disabled');
    await send(q.url, 'x', 'y');
    expect(await left(q.url)).toBe(2);
    expect(await batches('esm-toggle-fn')).toEqual([]);
    const enabled = await lambda.send(
      new UpdateEventSourceMappingCommand({ UUID: m.UUID, Enabled: true, BatchSize: 5 }),
    );
    expect([enabled.State, enabled.BatchSize]).toEqual(['Enabling', 5]);
    await eventually(async () => ((await left(q.url)) === 0 ? true : undefined));
    expect((await batches('esm-toggle-fn')).join(' ')).toMatch(/x/);
    await lambda.send(new DeleteEventSourceMappingCommand({ UUID: m.UUID }));
    const after = await lambda.send(new ListEventSourceMappingsCommand({ EventSourceArn: q.arn }));
    expect(after.EventSourceMappings).toEqual([]);
  });
});
