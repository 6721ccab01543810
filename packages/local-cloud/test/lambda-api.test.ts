import {
  AddPermissionCommand,
  CreateAliasCommand,
  DeleteAliasCommand,
  DeleteFunctionCommand,
  DeleteFunctionConcurrencyCommand,
  DeleteFunctionEventInvokeConfigCommand,
  GetAliasCommand,
  GetFunctionCommand,
  GetFunctionConcurrencyCommand,
  GetFunctionConfigurationCommand,
  GetFunctionEventInvokeConfigCommand,
  GetPolicyCommand,
  InvokeCommand,
  LambdaClient,
  ListAliasesCommand,
  ListFunctionEventInvokeConfigsCommand,
  ListFunctionsCommand,
  ListTagsCommand,
  ListVersionsByFunctionCommand,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  PutFunctionEventInvokeConfigCommand,
  type PutFunctionEventInvokeConfigCommandInput,
  RemovePermissionCommand,
  TagResourceCommand,
  UpdateFunctionCodeCommand,
  UpdateFunctionConfigurationCommand,
  UpdateFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clientConfig, createFixtureFunction, fixtureZip, ROLE } from './fixtures/lambda/helpers.js';

let cloud: RunningCloud;
let lambda: LambdaClient;
const ARN = 'arn:aws:lambda:us-east-1:000000000000:function';

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  // One attempt: the SDK would retry the 429 this file provokes.
  lambda = new LambdaClient({ ...clientConfig(cloud.url), maxAttempts: 1 });
  await createFixtureFunction(lambda, 'api-fn', 'node', { Environment: { Variables: { A: '1' } } });
  await createFixtureFunction(lambda, 'api-other', 'node');
});
afterAll(() => cloud.stop());

async function error(p: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await p;
  } catch (err) {
    const e = err as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('expected an error');
}

describe('functions', () => {
  it('creates a function whose configuration reads back through every name form', async () => {
    const byName = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'api-fn' }));
    expect(byName).toMatchObject({
      FunctionName: 'api-fn',
      FunctionArn: `${ARN}:api-fn`,
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Timeout: 3,
      MemorySize: 128,
      Version: '$LATEST',
      State: 'Active',
      LastUpdateStatus: 'Successful',
      Environment: { Variables: { A: '1' } },
    });
    expect(byName.CodeSha256).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const partial = await lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: '000000000000:function:api-fn' }),
    );
    const full = await lambda.send(new GetFunctionCommand({ FunctionName: `${ARN}:api-fn` }));
    expect(partial.FunctionArn).toBe(byName.FunctionArn);
    expect(full.Configuration?.RevisionId).toBe(byName.RevisionId);
    expect(full.Code?.RepositoryType).toBe('S3');
  });

  it('refuses a second function of the same name with 409', async () => {
    const e = await error(createFixtureFunction(lambda, 'api-fn', 'node'));
    expect(e).toEqual({
      name: 'ResourceConflictException',
      message: 'Function already exist: api-fn',
      status: 409,
    });
  });

  it('answers 404 with the function ARN for a missing function', async () => {
    const e = await error(lambda.send(new GetFunctionCommand({ FunctionName: 'nope' })));
    expect(e).toEqual({
      name: 'ResourceNotFoundException',
      message: `Function not found: ${ARN}:nope`,
      status: 404,
    });
  });

  it('validates timeout and memory with AWS wording', async () => {
    const e = await error(
      createFixtureFunction(lambda, 'bad-timeout', 'node', { Timeout: 0, MemorySize: 64 }),
    );
    expect(e.name).toBe('ValidationException');
    expect(e.message).toBe(
      "2 validation errors detected: Value '0' at 'timeout' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
        "Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
    );
  });

  it('refuses reserved environment variable names', async () => {
    const e = await error(
      createFixtureFunction(lambda, 'bad-env', 'node', { Environment: { Variables: { AWS_REGION: 'x' } } }),
    );
    expect(e.name).toBe('InvalidParameterValueException');
    expect(e.message).toContain('Reserved keys used in this request: AWS_REGION');
  });

  it('lists functions with paging', async () => {
    const first = await lambda.send(new ListFunctionsCommand({ MaxItems: 1 }));
    expect(first.Functions).toHaveLength(1);
    expect(first.NextMarker).toBeDefined();
    const rest = await lambda.send(new ListFunctionsCommand({ Marker: first.NextMarker }));
    const names = [...(first.Functions ?? []), ...(rest.Functions ?? [])].map((f) => f.FunctionName);
    expect(names).toEqual(expect.arrayContaining(['api-fn', 'api-other']));
  });

  it('updates configuration and code, changing the revision', async () => {
    const before = await lambda.send(new GetFunctionConfigurationCommand({ FunctionName: 'api-other' }));
    const updated = await lambda.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: 'api-other',
        Timeout: 10,
        Environment: { Variables: { B: '2' } },
        DeadLetterConfig: { TargetArn: 'arn:aws:sqs:us-east-1:000000000000:dlq' },
      }),
    );
    expect(updated).toMatchObject({ Timeout: 10, Environment: { Variables: { B: '2' } } });
    expect(updated.DeadLetterConfig?.TargetArn).toBe('arn:aws:sqs:us-east-1:000000000000:dlq');
    expect(updated.RevisionId).not.toBe(before.RevisionId);
    const code = await lambda.send(
      new UpdateFunctionCodeCommand({ FunctionName: 'api-other', ZipFile: fixtureZip('destination') }),
    );
    expect(code.CodeSha256).not.toBe(before.CodeSha256);
  });

  it('publishes versions, lists them, and deletes one', async () => {
    const v1 = await lambda.send(new PublishVersionCommand({ FunctionName: 'api-fn' }));
    expect(v1.Version).toBe('1');
    expect(v1.FunctionArn).toBe(`${ARN}:api-fn:1`);
    const again = await lambda.send(new PublishVersionCommand({ FunctionName: 'api-fn' }));
    expect(again.Version).toBe('1');
    await lambda.send(new UpdateFunctionConfigurationCommand({ FunctionName: 'api-fn', MemorySize: 256 }));
    const v2 = await lambda.send(new PublishVersionCommand({ FunctionName: 'api-fn' }));
    expect(v2).toMatchObject({ Version: '2', MemorySize: 256 });
    const list = await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: 'api-fn' }));
    expect(list.Versions?.map((v) => v.Version)).toEqual(['$LATEST', '1', '2']);
    await lambda.send(new DeleteFunctionCommand({ FunctionName: 'api-fn', Qualifier: '2' }));
    const after = await lambda.send(new ListVersionsByFunctionCommand({ FunctionName: 'api-fn' }));
    expect(after.Versions?.map((v) => v.Version)).toEqual(['$LATEST', '1']);
  });

  it('creates, reads, lists and deletes aliases', async () => {
    const alias = await lambda.send(
      new CreateAliasCommand({ FunctionName: 'api-fn', Name: 'live', FunctionVersion: '1' }),
    );
    expect(alias).toMatchObject({ AliasArn: `${ARN}:api-fn:live`, Name: 'live', FunctionVersion: '1' });
    const read = await lambda.send(new GetAliasCommand({ FunctionName: 'api-fn', Name: 'live' }));
    expect(read.RevisionId).toBe(alias.RevisionId);
    const dup = await error(
      lambda.send(new CreateAliasCommand({ FunctionName: 'api-fn', Name: 'live', FunctionVersion: '1' })),
    );
    expect(dup).toEqual({
      name: 'ResourceConflictException',
      message: `Alias already exists: ${ARN}:api-fn:live`,
      status: 409,
    });
    const cfg = await lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: 'api-fn', Qualifier: 'live' }),
    );
    expect(cfg.Version).toBe('1');
    const list = await lambda.send(new ListAliasesCommand({ FunctionName: 'api-fn' }));
    expect(list.Aliases?.map((a) => a.Name)).toEqual(['live']);
    await lambda.send(
      new CreateAliasCommand({ FunctionName: 'api-fn', Name: 'gone', FunctionVersion: '$LATEST' }),
    );
    await lambda.send(new DeleteAliasCommand({ FunctionName: 'api-fn', Name: 'gone' }));
    const missing = await error(lambda.send(new GetAliasCommand({ FunctionName: 'api-fn', Name: 'gone' })));
    expect(missing).toEqual({
      name: 'ResourceNotFoundException',
      message: `Alias not found: ${ARN}:api-fn:gone`,
      status: 404,
    });
  });

  it('stores permissions and answers them as a policy', async () => {
    const added = await lambda.send(
      new AddPermissionCommand({
        FunctionName: 'api-fn',
        StatementId: 'sns',
        Action: 'lambda:InvokeFunction',
        Principal: 'sns.amazonaws.com',
        SourceArn: 'arn:aws:sns:us-east-1:000000000000:topic',
      }),
    );
    expect(JSON.parse(added.Statement ?? '{}')).toMatchObject({
      Sid: 'sns',
      Effect: 'Allow',
      Principal: { Service: 'sns.amazonaws.com' },
      Resource: `${ARN}:api-fn`,
      Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:sns:us-east-1:000000000000:topic' } },
    });
    const dup = await error(
      lambda.send(
        new AddPermissionCommand({
          FunctionName: 'api-fn',
          StatementId: 'sns',
          Action: 'lambda:InvokeFunction',
          Principal: 's3.amazonaws.com',
        }),
      ),
    );
    expect(dup.name).toBe('ResourceConflictException');
    const policy = await lambda.send(new GetPolicyCommand({ FunctionName: 'api-fn' }));
    expect(JSON.parse(policy.Policy ?? '{}').Statement).toHaveLength(1);
    await lambda.send(new RemovePermissionCommand({ FunctionName: 'api-fn', StatementId: 'sns' }));
    const none = await error(lambda.send(new GetPolicyCommand({ FunctionName: 'api-fn' })));
    expect(none).toEqual({
      name: 'ResourceNotFoundException',
      message: 'The resource you requested does not exist.',
      status: 404,
    });
  });

  it('tags a function', async () => {
    await lambda.send(new TagResourceCommand({ Resource: `${ARN}:api-fn`, Tags: { team: 'x' } }));
    const tags = await lambda.send(new ListTagsCommand({ Resource: `${ARN}:api-fn` }));
    expect(tags.Tags).toEqual({ team: 'x' });
  });

  it('reserves concurrency, including 0, and removes it', async () => {
    expect(
      await lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: 'api-other' })),
    ).not.toHaveProperty('ReservedConcurrentExecutions');
    const put = await lambda.send(
      new PutFunctionConcurrencyCommand({ FunctionName: 'api-other', ReservedConcurrentExecutions: 0 }),
    );
    expect(put.ReservedConcurrentExecutions).toBe(0);
    const got = await lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: 'api-other' }));
    expect(got.ReservedConcurrentExecutions).toBe(0);
    const sync = await error(lambda.send(new InvokeCommand({ FunctionName: 'api-other' })));
    expect(sync).toEqual({ name: 'TooManyRequestsException', message: 'Rate Exceeded.', status: 429 });
    await lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName: 'api-other' }));
    const gone = await lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: 'api-other' }));
    expect(gone.ReservedConcurrentExecutions).toBeUndefined();
    const tooMuch = await error(
      lambda.send(
        new PutFunctionConcurrencyCommand({ FunctionName: 'api-other', ReservedConcurrentExecutions: 950 }),
      ),
    );
    expect(tooMuch.message).toBe(
      "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
    );
  });

  it('deletes a function', async () => {
    await createFixtureFunction(lambda, 'api-doomed', 'node');
    await lambda.send(new DeleteFunctionCommand({ FunctionName: 'api-doomed' }));
    const e = await error(lambda.send(new GetFunctionCommand({ FunctionName: 'api-doomed' })));
    expect(e.status).toBe(404);
  });
});

describe('Invoke errors', () => {
  it('answers 404 with the qualified ARN for a missing function', async () => {
    const res = await fetch(`${cloud.url}/2015-03-31/functions/missing/invocations`, {
      method: 'POST',
      body: '{}',
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await res.json()).toEqual({ Type: 'User', Message: `Function not found: ${ARN}:missing:$LATEST` });
  });

  it('refuses a body that is not JSON', async () => {
    const res = await fetch(`${cloud.url}/2015-03-31/functions/api-fn/invocations`, {
      method: 'POST',
      body: 'not json',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-errortype')).toBe('InvalidRequestContentException');
    // The model's InvalidRequestContentException keeps its text under `message` (lowercase).
    expect(await res.json()).toEqual({
      Type: 'User',
      message: expect.stringMatching(/^Could not parse request body into json: /),
    });
  });

  it('answers a throttle for reserved concurrency 0 with Reason in the body and no Retry-After', async () => {
    await createFixtureFunction(lambda, 'api-throttled', 'node');
    await lambda.send(
      new PutFunctionConcurrencyCommand({ FunctionName: 'api-throttled', ReservedConcurrentExecutions: 0 }),
    );
    const res = await fetch(`${cloud.url}/2015-03-31/functions/api-throttled/invocations`, {
      method: 'POST',
      body: '{}',
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('x-amzn-errortype')).toBe('TooManyRequestsException');
    // AWS sends no Retry-After here: a reservation of 0 does not free up by waiting.
    expect(res.headers.get('retry-after')).toBeNull();
    expect(await res.json()).toEqual({
      Type: 'User',
      message: 'Rate Exceeded.',
      Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
    });
  });

  it('answers a synchronous call with the payload as JSON and the executed version', async () => {
    const res = await fetch(`${cloud.url}/2015-03-31/functions/api-fn/invocations?Qualifier=1`, {
      method: 'POST',
      body: '{"x":3}',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-amz-executed-version')).toBe('1');
    expect(res.headers.get('x-amz-function-error')).toBeNull();
    expect(await res.json()).toEqual({ ok: true, echo: { x: 3 } });
  });

  it('refuses an Event payload over 1 MB with the exact message', async () => {
    const payload = Buffer.from(JSON.stringify({ x: 'a'.repeat(1_048_576) }));
    const e = await error(
      lambda.send(new InvokeCommand({ FunctionName: 'api-fn', InvocationType: 'Event', Payload: payload })),
    );
    expect(e).toEqual({
      name: 'RequestEntityTooLargeException',
      message: `${payload.length} byte payload is too large for the Event invocation type (limit 1048576 bytes)`,
      status: 413,
    });
  });

  it('refuses a RequestResponse payload over 6 MB', async () => {
    const payload = Buffer.from(JSON.stringify({ x: 'a'.repeat(6_291_456) }));
    const e = await error(lambda.send(new InvokeCommand({ FunctionName: 'api-fn', Payload: payload })));
    expect(e.status).toBe(413);
    expect(e.message).toBe(
      `${payload.length} byte payload is too large for the RequestResponse invocation type (limit 6291456 bytes)`,
    );
  });

  it('answers DryRun with 204 and Event with 202 and an empty body', async () => {
    const dry = await lambda.send(new InvokeCommand({ FunctionName: 'api-fn', InvocationType: 'DryRun' }));
    expect(dry.StatusCode).toBe(204);
    const res = await fetch(`${cloud.url}/2015-03-31/functions/api-fn/invocations`, {
      method: 'POST',
      body: '{}',
      headers: { 'X-Amz-Invocation-Type': 'Event' },
    });
    expect(res.status).toBe(202);
    expect(await res.text()).toBe('');
    expect(res.headers.get('x-amz-executed-version')).toBeNull();
  });

  it('refuses a qualifier that differs from the one in the name', async () => {
    const e = await error(lambda.send(new InvokeCommand({ FunctionName: 'api-fn:1', Qualifier: '2' })));
    expect(e.message).toBe(
      'The derived qualifier from the function name does not match the specified qualifier.',
    );
  });
});

describe('EventInvokeConfig', () => {
  const put = (input: Partial<PutFunctionEventInvokeConfigCommandInput>) =>
    lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'api-fn', ...input }));

  it('puts, gets, updates (merging), lists and deletes', async () => {
    const q = 'arn:aws:sqs:us-east-1:000000000000:q';
    const created = await put({
      MaximumRetryAttempts: 1,
      DestinationConfig: { OnFailure: { Destination: q } },
    });
    expect(created).toMatchObject({
      FunctionArn: `${ARN}:api-fn:$LATEST`,
      MaximumRetryAttempts: 1,
      DestinationConfig: { OnSuccess: {}, OnFailure: { Destination: q } },
    });
    expect(created.MaximumEventAgeInSeconds).toBeUndefined();
    expect(created.LastModified).toBeInstanceOf(Date);
    const raw = await fetch(`${cloud.url}/2019-09-25/functions/api-fn/event-invoke-config`);
    expect(typeof ((await raw.json()) as { LastModified: unknown }).LastModified).toBe('number');
    const merged = await lambda.send(
      new UpdateFunctionEventInvokeConfigCommand({ FunctionName: 'api-fn', MaximumEventAgeInSeconds: 120 }),
    );
    expect(merged).toMatchObject({ MaximumRetryAttempts: 1, MaximumEventAgeInSeconds: 120 });
    expect(merged.DestinationConfig?.OnFailure?.Destination).toBe(q);
    const replaced = await put({ MaximumEventAgeInSeconds: 60 });
    expect(replaced.MaximumRetryAttempts).toBeUndefined();
    expect(replaced.DestinationConfig?.OnFailure).toEqual({});
    const list = await lambda.send(new ListFunctionEventInvokeConfigsCommand({ FunctionName: 'api-fn' }));
    expect(list.FunctionEventInvokeConfigs).toHaveLength(1);
    await lambda.send(new DeleteFunctionEventInvokeConfigCommand({ FunctionName: 'api-fn' }));
    const e = await error(lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: 'api-fn' })));
    expect(e).toEqual({
      name: 'ResourceNotFoundException',
      message: `The function ${ARN}:api-fn:$LATEST doesn't have an EventInvokeConfig`,
      status: 404,
    });
  });

  it.each([
    [
      {},
      'InvalidParameterValueException',
      'You must specify at least one of error handling or destination setting.',
    ],
    [
      { MaximumRetryAttempts: 3 },
      'ValidationException',
      "1 validation error detected: Value '3' at 'maximumRetryAttempts' failed to satisfy constraint: Member must have value less than or equal to 2",
    ],
    [
      { MaximumEventAgeInSeconds: 59 },
      'ValidationException',
      "1 validation error detected: Value '59' at 'maximumEventAgeInSeconds' failed to satisfy constraint: Member must have value greater than or equal to 60",
    ],
    [
      { MaximumEventAgeInSeconds: 21601 },
      'ValidationException',
      "1 validation error detected: Value '21601' at 'maximumEventAgeInSeconds' failed to satisfy constraint: Member must have value less than or equal to 21600",
    ],
    [
      { DestinationConfig: { OnFailure: { Destination: 'not-an-arn' } } },
      'ValidationException',
      "1 validation error detected: Value 'not-an-arn' at 'destinationConfig.onFailure.destination' failed to satisfy constraint: Member must satisfy regular expression pattern: $|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)",
    ],
    [
      {
        DestinationConfig: { OnSuccess: { Destination: 'arn:aws:dynamodb:us-east-1:000000000000:table/t' } },
      },
      'InvalidParameterValueException',
      'The provided destination config DestinationConfig(onSuccess=OnSuccess(destination=arn:aws:dynamodb:us-east-1:000000000000:table/t), onFailure=null) is invalid.',
    ],
    [
      { DestinationConfig: { OnSuccess: { Destination: 'arn:aws:s3:::bucket' } } },
      'InvalidParameterValueException',
      'The provided destination config DestinationConfig(onSuccess=OnSuccess(destination=arn:aws:s3:::bucket), onFailure=null) is invalid.',
    ],
    [
      { DestinationConfig: { OnFailure: { Destination: `${ARN}:api-fn` } } },
      'InvalidParameterValueException',
      "You can't specify the function as a destination for itself.",
    ],
    [
      { DestinationConfig: { OnFailure: { Destination: `${ARN}:doesnotexist` } } },
      'InvalidParameterValueException',
      `The destination ARN ${ARN}:doesnotexist is invalid.`,
    ],
  ] as [Partial<PutFunctionEventInvokeConfigCommandInput>, string, string][])(
    'refuses %j with AWS code and message',
    async (input, code, message) => {
      const e = await error(put(input));
      expect(e).toEqual({ name: code, message, status: 400 });
    },
  );

  it('accepts S3 as the failure destination', async () => {
    const out = await put({ DestinationConfig: { OnFailure: { Destination: 'arn:aws:s3:::bucket' } } });
    expect(out.DestinationConfig?.OnFailure?.Destination).toBe('arn:aws:s3:::bucket');
  });

  it('answers 404 for a missing function', async () => {
    const e = await error(
      lambda.send(
        new PutFunctionEventInvokeConfigCommand({ FunctionName: 'ghost', MaximumRetryAttempts: 0 }),
      ),
    );
    expect(e).toEqual({
      name: 'ResourceNotFoundException',
      message: "The function doesn't exist.",
      status: 404,
    });
  });
});

it('answers an operation of the model it does not serve with 501 NotImplemented', async () => {
  const res = await fetch(`${cloud.url}/2020-04-22/code-signing-configs/`);
  expect(res.status).toBe(501);
  expect(res.headers.get('x-amzn-errortype')).toBe('NotImplemented');
  expect(await res.json()).toEqual({
    message: 'ListCodeSigningConfigs is not implemented by this local cloud.',
  });
});

it('creates a function from an S3 object', async () => {
  const { S3Client, CreateBucketCommand, PutObjectCommand } = await import('@aws-sdk/client-s3');
  const s3 = new S3Client({ ...clientConfig(cloud.url), forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: 'deploy' }));
  await s3.send(new PutObjectCommand({ Bucket: 'deploy', Key: 'code.zip', Body: fixtureZip('node') }));
  await lambda.send(
    new (await import('@aws-sdk/client-lambda')).CreateFunctionCommand({
      FunctionName: 'from-s3',
      Role: ROLE,
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Code: { S3Bucket: 'deploy', S3Key: 'code.zip' },
    }),
  );
  const out = await lambda.send(
    new InvokeCommand({ FunctionName: 'from-s3', Payload: Buffer.from('{"x":1}') }),
  );
  expect(JSON.parse(Buffer.from(out.Payload ?? []).toString())).toEqual({ ok: true, echo: { x: 1 } });
});
