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
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clientConfig, createFixtureFunction, HAS_PYTHON, receiveAll } from './fixtures/lambda/helpers.js';

let cloud: RunningCloud;
let lambda: LambdaClient;
let sqs: SQSClient;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  lambda = new LambdaClient({ ...clientConfig(cloud.url), maxAttempts: 1 });
  sqs = new SQSClient(clientConfig(cloud.url));
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

async function queue(name: string): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
  const attrs = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl!, arn: attrs.Attributes!.QueueArn! };
}

const invokeBytes = async (name: string, payload: string) => {
  const out = await lambda.send(new InvokeCommand({ FunctionName: name, Payload: Buffer.from(payload) }));
  return Buffer.from(out.Payload ?? []).toString('utf8');
};

(HAS_PYTHON ? describe : describe.skip)('answers written as the Python runtime writes them', () => {
  beforeAll(async () => {
    await createFixtureFunction(lambda, 'conf-py312', 'python', { Runtime: 'python3.12' });
    await createFixtureFunction(lambda, 'conf-py311', 'python', { Runtime: 'python3.11' });
  });

  it('python3.12 writes json.dumps with ", " and ": " and raw UTF-8', async () => {
    expect(await invokeBytes('conf-py312', '{"mode":"unicode"}')).toBe(
      '{"text": "h\u00e9llo \u2713", "n": [1, 2]}',
    );
  });

  it('python3.11 escapes non-ASCII as \\uXXXX', async () => {
    expect(await invokeBytes('conf-py311', '{"mode":"unicode"}')).toBe(
      '{"text": "h\\u00e9llo \\u2713", "n": [1, 2]}',
    );
  });

  it("a handler's frames show its file under /var/task, as on Lambda", async () => {
    const doc = JSON.parse(await invokeBytes('conf-py312', '{}')) as { stackTrace: string[] };
    expect(doc.stackTrace).toEqual([
      expect.stringMatching(
        /^ {2}File "\/var\/task\/handler\.py", line \d+, in hello\n {4}raise Exception\("Some serious failure"\)\n$/,
      ),
    ]);
  });

  it('an error document has the same separators', async () => {
    const text = await invokeBytes('conf-py312', '{}');
    expect(text).toMatch(
      /^\{"errorMessage": "Some serious failure", "errorType": "Exception", "requestId": "[0-9a-f-]{36}", "stackTrace": \[" {2}File /,
    );
  });

  it('a destination record embeds the Python bytes as responsePayload', async () => {
    const q = await queue('conf-py-dest');
    await lambda.send(
      new PutFunctionEventInvokeConfigCommand({
        FunctionName: 'conf-py312',
        DestinationConfig: { OnSuccess: { Destination: q.arn } },
      }),
    );
    await lambda.send(
      new InvokeCommand({
        FunctionName: 'conf-py312',
        InvocationType: 'Event',
        Payload: Buffer.from('{"mode":"unicode"}'),
      }),
    );
    const [message] = await receiveAll(sqs, q.url, 1);
    expect(message.Body).toContain('"responsePayload":{"text": "h\u00e9llo \u2713", "n": [1, 2]}}');
  });

  it('a Node.js answer stays compact', async () => {
    await createFixtureFunction(lambda, 'conf-node', 'node');
    expect(await invokeBytes('conf-node', '{"x": 1}')).toBe('{"ok":true,"echo":{"x":1}}');
  });
});

const tail = async (name: string, payload: string) => {
  const out = await lambda.send(
    new InvokeCommand({ FunctionName: name, Payload: Buffer.from(payload), LogType: 'Tail' }),
  );
  return Buffer.from(out.LogResult ?? '', 'base64').toString('utf8');
};

describe('logs', () => {
  it('an execution environment starts its log with INIT_START before the first START', async () => {
    await createFixtureFunction(lambda, 'conf-init', 'node');
    const first = await tail('conf-init', '{}');
    expect(first).toMatch(
      /^INIT_START Runtime Version: nodejs:20\.v\d+\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:[0-9a-f]{64}\nSTART RequestId: /,
    );
    // A warm environment does not initialise again.
    expect(await tail('conf-init', '{}')).toMatch(/^START RequestId: /);
  });

  (HAS_PYTHON ? it : it.skip)(
    'a Python [ERROR] event indents its traceback with U+00A0 and ends without a newline',
    async () => {
      await createFixtureFunction(lambda, 'conf-py-error', 'python');
      const log = await tail('conf-py-error', '{}');
      expect(log).toMatch(
        /\n\[ERROR\] Exception: Some serious failure\nTraceback \(most recent call last\):\n\u00a0\u00a0File "\/var\/task\/handler\.py", line \d+, in hello\n\u00a0\u00a0\u00a0\u00a0raise Exception\("Some serious failure"\)\nEND RequestId: /,
      );
    },
  );
});

/** Receives `count` messages with their system attributes (SenderId, AWSTraceHeader). */
async function receiveWithSystem(url: string, count: number): Promise<Message[]> {
  const out: Message[] = [];
  for (let i = 0; i < 40 && out.length < count; i++) {
    const r = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: url,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
        VisibilityTimeout: 300,
        MessageSystemAttributeNames: ['All'],
      }),
    );
    out.push(...(r.Messages ?? []));
  }
  return out;
}

const SENDER = /^AROA[A-Z0-9]{17}:awslambda_\d+$/;
const TRACE = /^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0$/;

describe('messages Lambda sends to SQS', () => {
  it('a destination message carries AWSTraceHeader and a SenderId of Lambda, different per delivery', async () => {
    const q = await queue('conf-sender-dest');
    await createFixtureFunction(lambda, 'conf-sender', 'node');
    await lambda.send(
      new PutFunctionEventInvokeConfigCommand({
        FunctionName: 'conf-sender',
        DestinationConfig: { OnSuccess: { Destination: q.arn } },
      }),
    );
    for (let i = 0; i < 2; i++) {
      await lambda.send(
        new InvokeCommand({
          FunctionName: 'conf-sender',
          InvocationType: 'Event',
          Payload: Buffer.from('{}'),
        }),
      );
    }
    const messages = await receiveWithSystem(q.url, 2);
    expect(messages).toHaveLength(2);
    for (const m of messages) {
      expect(m.Attributes?.SenderId).toMatch(SENDER);
      expect(m.Attributes?.AWSTraceHeader).toMatch(TRACE);
    }
    expect(messages[0]!.Attributes?.SenderId).not.toBe(messages[1]!.Attributes?.SenderId);
  });

  it('a dead-letter message carries them too', async () => {
    const dlq = await queue('conf-sender-dlq');
    await createFixtureFunction(lambda, 'conf-sender-fails', 'node', {
      DeadLetterConfig: { TargetArn: dlq.arn },
    });
    await lambda.send(
      new PutFunctionEventInvokeConfigCommand({ FunctionName: 'conf-sender-fails', MaximumRetryAttempts: 0 }),
    );
    await lambda.send(
      new InvokeCommand({
        FunctionName: 'conf-sender-fails',
        InvocationType: 'Event',
        Payload: Buffer.from('{"mode":"throw"}'),
      }),
    );
    const [m] = await receiveWithSystem(dlq.url, 1);
    expect(m?.Attributes?.SenderId).toMatch(SENDER);
    expect(m?.Attributes?.AWSTraceHeader).toMatch(TRACE);
  });
});
