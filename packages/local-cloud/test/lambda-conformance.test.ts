// Lambda answers pinned to what AWS recorded: throttles, EventInvokeConfig errors, configuration echoes.
import {
  DeleteFunctionEventInvokeConfigCommand,
  GetFunctionCommand,
  GetFunctionEventInvokeConfigCommand,
  InvokeCommand,
  LambdaClient,
  PublishVersionCommand,
  PutFunctionConcurrencyCommand,
  PutFunctionEventInvokeConfigCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clientConfig, createFixtureFunction } from './fixtures/lambda/helpers.js';

let cloud: RunningCloud;
let lambda: LambdaClient;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  lambda = new LambdaClient({ ...clientConfig(cloud.url), maxAttempts: 1 });
});
afterAll(() => cloud.stop());

const ARN = 'arn:aws:lambda:us-east-1:000000000000:function';

async function error(p: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await p;
  } catch (err) {
    const e = err as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('expected an error');
}

const invokeRaw = (name: string, body: string) =>
  fetch(`${cloud.url}/2015-03-31/functions/${name}/invocations`, { method: 'POST', body });

describe('throttles', () => {
  it('a function whose reservation is in use answers 429 with Retry-After: 1', async () => {
    await createFixtureFunction(lambda, 'conf-busy', 'node', { Timeout: 30 });
    await lambda.send(
      new PutFunctionConcurrencyCommand({ FunctionName: 'conf-busy', ReservedConcurrentExecutions: 1 }),
    );
    // One long run holds the only slot; the next call is refused until it ends.
    const holder = invokeRaw('conf-busy', '{"mode":"sleep","ms":4000}');
    let res: Response | undefined;
    for (let i = 0; i < 200; i++) {
      res = await invokeRaw('conf-busy', '{}');
      if (res.status === 429) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(res?.status).toBe(429);
    expect(res?.headers.get('retry-after')).toBe('1');
    expect(await res?.json()).toEqual({
      Type: 'User',
      message: 'Rate Exceeded.',
      Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
    });
    expect((await holder).status).toBe(200);
  });
});

describe('PutFunctionEventInvokeConfig', () => {
  beforeAll(() => createFixtureFunction(lambda, 'conf-put', 'node'));

  it('with nothing to set answers 400 before it checks that the function exists', async () => {
    const e = await error(
      lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'conf-ghost' })),
    );
    expect(e).toEqual({
      name: 'InvalidParameterValueException',
      message: 'You must specify at least one of error handling or destination setting.',
      status: 400,
    });
  });

  it.each([[{ OnSuccess: {} }], [{ OnFailure: {} }]])(
    'accepts DestinationConfig %j and answers both destinations as {}',
    async (destinations) => {
      const out = await lambda.send(
        new PutFunctionEventInvokeConfigCommand({
          FunctionName: 'conf-put',
          DestinationConfig: destinations,
        }),
      );
      expect(out.DestinationConfig).toEqual({ OnSuccess: {}, OnFailure: {} });
      expect(out.MaximumRetryAttempts).toBeUndefined();
    },
  );

  it.each(['arn:aws:sqs:eusc-de-east-1:000000000000:q', 'arn:aws-iso:sqs:us-iso-east-1:000000000000:q'])(
    "passes the shape check for %s (AWS's current DestinationArn pattern)",
    async (arn) => {
      const out = await lambda.send(
        new PutFunctionEventInvokeConfigCommand({
          FunctionName: 'conf-put',
          DestinationConfig: { OnFailure: { Destination: arn } },
        }),
      );
      expect(out.DestinationConfig?.OnFailure?.Destination).toBe(arn);
    },
  );

  it('names the current DestinationArn pattern in the validation message', async () => {
    const e = await error(
      lambda.send(
        new PutFunctionEventInvokeConfigCommand({
          FunctionName: 'conf-ghost',
          DestinationConfig: { OnSuccess: { Destination: 'queue-by-name' } },
        }),
      ),
    );
    expect(e).toEqual({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value 'queue-by-name' at 'destinationConfig.onSuccess.destination' failed to satisfy constraint: Member must satisfy regular expression pattern: $|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)",
      status: 400,
    });
  });
});

describe('Get/DeleteFunctionEventInvokeConfig without a config', () => {
  beforeAll(async () => {
    await createFixtureFunction(lambda, 'conf-none', 'node');
    await lambda.send(new PublishVersionCommand({ FunctionName: 'conf-none' }));
  });

  it.each([
    ['Get', undefined, '$LATEST'],
    ['Get', '1', '1'],
    ['Delete', undefined, '$LATEST'],
    ['Delete', '1', '1'],
  ] as const)(
    "%s (Qualifier %s) answers 404 naming the qualified ARN that doesn't have one",
    async (op, Qualifier, shown) => {
      const input = { FunctionName: 'conf-none', Qualifier };
      const e = await error(
        lambda.send(
          op === 'Get'
            ? new GetFunctionEventInvokeConfigCommand(input)
            : new DeleteFunctionEventInvokeConfigCommand(input),
        ),
      );
      expect(e).toEqual({
        name: 'ResourceNotFoundException',
        message: `The function ${ARN}:conf-none:${shown} doesn't have an EventInvokeConfig`,
        status: 404,
      });
    },
  );
});

describe('a function ARN of another region', () => {
  beforeAll(() => createFixtureFunction(lambda, 'conf-region', 'node'));
  const euArn = 'arn:aws:lambda:eu-central-1:000000000000:function:conf-region';

  it.each([
    ['GetFunction', () => new GetFunctionCommand({ FunctionName: euArn })],
    ['Invoke', () => new InvokeCommand({ FunctionName: euArn, Payload: Buffer.from('{}') })],
    ['GetFunctionEventInvokeConfig', () => new GetFunctionEventInvokeConfigCommand({ FunctionName: euArn })],
  ] as const)(
    '%s answers 404 "Functions from ... are not reachable in this region"',
    async (_op, command) => {
      const e = await error(lambda.send(command() as GetFunctionCommand));
      expect(e).toEqual({
        name: 'ResourceNotFoundException',
        message: "Functions from 'eu-central-1' are not reachable in this region ('us-east-1')",
        status: 404,
      });
    },
  );

  it('is refused the other way round too, and served in its own region', async () => {
    const west = new LambdaClient({ ...clientConfig(cloud.url), region: 'eu-central-1', maxAttempts: 1 });
    const e = await error(west.send(new GetFunctionCommand({ FunctionName: `${ARN}:conf-region` })));
    expect(e.message).toBe("Functions from 'us-east-1' are not reachable in this region ('eu-central-1')");
    const own = await lambda.send(new GetFunctionCommand({ FunctionName: `${ARN}:conf-region` }));
    expect(own.Configuration?.FunctionName).toBe('conf-region');
  });
});

describe('UpdateFunctionConfiguration', () => {
  const dlq = 'arn:aws:sqs:us-east-1:000000000000:conf-dlq';
  beforeAll(() =>
    createFixtureFunction(lambda, 'conf-dlq', 'node', { DeadLetterConfig: { TargetArn: dlq } }),
  );

  it('with DeadLetterConfig {} keeps the dead-letter target in its answer', async () => {
    const out = await lambda.send(
      new UpdateFunctionConfigurationCommand({ FunctionName: 'conf-dlq', DeadLetterConfig: {} }),
    );
    expect(out.DeadLetterConfig).toEqual({ TargetArn: dlq });
  });

  it('with an empty TargetArn removes the dead-letter target', async () => {
    const out = await lambda.send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: 'conf-dlq',
        DeadLetterConfig: { TargetArn: '' },
      }),
    );
    expect(out.DeadLetterConfig).toBeUndefined();
  });
});
