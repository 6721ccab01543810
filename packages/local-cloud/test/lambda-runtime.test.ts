import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { InvokeCommand, type InvokeCommandOutput, LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clientConfig, createFixtureFunction, HAS_CURL, HAS_PYTHON } from './fixtures/lambda/helpers.js';

let cloud: RunningCloud;
let lambda: LambdaClient;
let logs: CloudWatchLogsClient;
const ARN = 'arn:aws:lambda:us-east-1:000000000000:function';
const LEAK = `LEAK_CHECK_${process.pid}`;

beforeAll(async () => {
  process.env[LEAK] = 'parent-secret';
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  lambda = new LambdaClient(clientConfig(cloud.url));
  logs = new CloudWatchLogsClient(clientConfig(cloud.url));
  await createFixtureFunction(lambda, 'rt-node', 'node', {
    Timeout: 1,
    Environment: { Variables: { MINE: 'yes' } },
  });
  if (HAS_PYTHON) await createFixtureFunction(lambda, 'rt-py', 'python', { Timeout: 1 });
  await createFixtureFunction(lambda, 'rt-cjs', 'node-cjs');
});
afterAll(async () => {
  delete process.env[LEAK];
  await cloud.stop();
});

async function call(name: string, event: unknown, extra: Record<string, unknown> = {}) {
  const out = await lambda.send(
    new InvokeCommand({ FunctionName: name, Payload: Buffer.from(JSON.stringify(event)), ...extra }),
  );
  return { out, body: JSON.parse(Buffer.from(out.Payload ?? []).toString() || 'null') };
}

describe('the Node.js runtime', () => {
  it('answers the handler result with the executed version', async () => {
    const { out, body } = await call('rt-node', { a: 1 });
    expect(out.StatusCode).toBe(200);
    expect(out.ExecutedVersion).toBe('$LATEST');
    expect(out.FunctionError).toBeUndefined();
    expect(body).toEqual({ ok: true, echo: { a: 1 } });
  });

  it('gives the handler the full context object', async () => {
    const { out, body } = await call(
      'rt-node',
      { mode: 'context' },
      { ClientContext: Buffer.from('{"custom":{"k":"v"}}').toString('base64') },
    );
    expect(body).toMatchObject({
      awsRequestId: out.$metadata.requestId,
      functionName: 'rt-node',
      functionVersion: '$LATEST',
      invokedFunctionArn: `${ARN}:rt-node`,
      memoryLimitInMB: '128',
      logGroupName: '/aws/lambda/rt-node',
      callbackWaitsForEmptyEventLoop: true,
      clientContext: { custom: { k: 'v' } },
    });
    expect(body.logStreamName).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(body.remaining).toBeGreaterThan(0);
    expect(body.remaining).toBeLessThanOrEqual(1000);
  });

  it('starts handlers with only the Lambda environment', async () => {
    const { body } = await call('rt-node', { mode: 'env' });
    expect(body[LEAK]).toBeUndefined();
    expect(body).toMatchObject({
      MINE: 'yes',
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_LAMBDA_FUNCTION_NAME: 'rt-node',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/rt-node',
      TZ: ':UTC',
      _HANDLER: 'index.handler',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_ENDPOINT_URL: cloud.url,
    });
    expect(body.AWS_LAMBDA_RUNTIME_API).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(Object.keys(body).filter((k) => k.startsWith('npm_') || k.startsWith('JEST'))).toEqual([]);
  });

  it('reports an exception as Unhandled with errorType, errorMessage and trace', async () => {
    const { out, body } = await call('rt-node', { mode: 'throw' });
    expect(out.FunctionError).toBe('Unhandled');
    expect(Object.keys(body)).toEqual(['errorType', 'errorMessage', 'trace']);
    expect(body.errorType).toBe('Error');
    expect(body.errorMessage).toBe('boom');
    expect(body.trace[0]).toBe('Error: boom');
    expect(body.trace[1]).toMatch(/^ {4}at /);
  });

  it('reports a thrown string with its typeof and an empty trace', async () => {
    const { body } = await call('rt-node', { mode: 'throw-string' });
    expect(body).toEqual({ errorType: 'string', errorMessage: 'plain string', trace: [] });
  });

  it('answers null when the handler returns nothing', async () => {
    const { out } = await call('rt-node', { mode: 'nothing' });
    expect(Buffer.from(out.Payload ?? []).toString()).toBe('null');
  });

  it('times out with Sandbox.Timedout and recovers with a fresh environment', async () => {
    const { out, body } = await call('rt-node', { mode: 'timeout' });
    expect(out.FunctionError).toBe('Unhandled');
    expect(body).toEqual({
      errorType: 'Sandbox.Timedout',
      errorMessage: `RequestId: ${out.$metadata.requestId} Error: Task timed out after 1.00 seconds`,
    });
    expect((await call('rt-node', {})).body.ok).toBe(true);
  });

  it('reports a process exit as Runtime.ExitError', async () => {
    const { out, body } = await call('rt-node', { mode: 'crash' });
    expect(body).toEqual({
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${out.$metadata.requestId} Error: Runtime exited with error: exit status 3`,
    });
  });

  it('provides the AWS SDK v3 to ESM handlers, pointed at this cloud', async () => {
    const { out, body } = await call('rt-node', { mode: 'sdk' });
    expect(out.FunctionError).toBeUndefined();
    expect(Array.isArray(body.queues)).toBe(true);
  });

  it('runs CommonJS callback handlers with require of the SDK', async () => {
    expect((await call('rt-cjs', { mode: 'sdk' })).body).toEqual({ sdk: 'function' });
    const { out, body } = await call('rt-cjs', {});
    expect(body).toEqual({ waited: true, id: out.$metadata.requestId });
    const failed = await call('rt-cjs', { mode: 'throw' });
    expect(failed.body).toMatchObject({ errorType: 'TypeError', errorMessage: 'callback failure' });
  });

  it('returns the last 4 KB of the log with LogType Tail', async () => {
    const { out } = await call('rt-node', { mode: 'log', marker: 'tail-marker' }, { LogType: 'Tail' });
    const log = Buffer.from(out.LogResult ?? '', 'base64').toString();
    const id = out.$metadata.requestId;
    expect(log).toContain(`START RequestId: ${id} Version: $LATEST`);
    expect(log).toMatch(
      new RegExp(`\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\t${id}\\tINFO\\tline one\\nline two tail-marker`),
    );
    expect(log).toContain(`END RequestId: ${id}`);
    expect(log).toMatch(
      new RegExp(
        `REPORT RequestId: ${id}\\tDuration: [\\d.]+ ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB\\tMax Memory Used: \\d+ MB`,
      ),
    );
  });

  it('writes every line to /aws/lambda/<name>, findable by request id', async () => {
    const { out } = await call('rt-node', { mode: 'log', marker: 'group-marker' });
    const id = out.$metadata.requestId ?? '';
    const found = await logs.send(
      new FilterLogEventsCommand({ logGroupName: '/aws/lambda/rt-node', filterPattern: `"${id}"` }),
    );
    const messages = (found.events ?? []).map((e) => e.message);
    expect(messages).toEqual([
      `START RequestId: ${id} Version: $LATEST\n`,
      expect.stringMatching(/\tINFO\tline one\nline two group-marker\n$/),
      `END RequestId: ${id}\n`,
      expect.stringMatching(/^REPORT RequestId: /),
    ]);
    expect(found.events?.[0].logStreamName).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
  });

  it('reports a missing handler module and a missing export as init errors', async () => {
    await createFixtureFunction(lambda, 'rt-nomodule', 'node', { Handler: 'missing.handler' });
    const a = await call('rt-nomodule', {});
    expect(a.out.FunctionError).toBe('Unhandled');
    expect(a.body.errorType).toBe('Runtime.ImportModuleError');
    expect(a.body.errorMessage).toMatch(/^Error: Cannot find module 'missing'/);
    await createFixtureFunction(lambda, 'rt-noexport', 'node', { Handler: 'index.nothere' });
    const b = await call('rt-noexport', {});
    expect(b.body).toMatchObject({
      errorType: 'Runtime.HandlerNotFound',
      errorMessage: 'index.nothere is undefined or not exported',
    });
  });
});

(HAS_PYTHON ? describe : describe.skip)('the Python runtime', () => {
  it('runs the guide handler and reports its exception as Lambda does', async () => {
    expect((await call('rt-py', { Success: true })).body).toEqual({ statusCode: 200, body: 'Success' });
    const { out, body } = await call('rt-py', { Success: false });
    expect(out.FunctionError).toBe('Unhandled');
    expect(Object.keys(body)).toEqual(['errorMessage', 'errorType', 'requestId', 'stackTrace']);
    expect(body).toMatchObject({
      errorMessage: 'Some serious failure',
      errorType: 'Exception',
      requestId: out.$metadata.requestId,
    });
    expect(body.stackTrace).toEqual([
      expect.stringMatching(
        /^ {2}File ".*handler\.py", line \d+, in hello\n {4}raise Exception\("Some serious failure"\)\n$/,
      ),
    ]);
  });

  it('gives the handler the context object and only the Lambda environment', async () => {
    const ctx = await call('rt-py', { mode: 'context' });
    expect(ctx.body).toMatchObject({
      aws_request_id: ctx.out.$metadata.requestId,
      function_name: 'rt-py',
      invoked_function_arn: `${ARN}:rt-py`,
      memory_limit_in_mb: '128',
    });
    const env = (await call('rt-py', { mode: 'env' })).body;
    expect(env[LEAK]).toBeUndefined();
    expect(env.AWS_EXECUTION_ENV).toBe('AWS_Lambda_python3.12');
  });

  it('times out and crashes as Lambda reports them', async () => {
    const t = await call('rt-py', { mode: 'timeout' });
    expect(t.body.errorType).toBe('Sandbox.Timedout');
    const c = await call('rt-py', { mode: 'crash' });
    expect(c.body).toEqual({
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${c.out.$metadata.requestId} Error: Runtime exited with error: exit status 4`,
    });
  });

  it('reports a missing module as Runtime.ImportModuleError', async () => {
    await createFixtureFunction(lambda, 'rt-py-missing', 'python', { Handler: 'nothere.hello' });
    const { body } = await call('rt-py-missing', {});
    expect(body).toEqual({
      errorMessage: "Unable to import module 'nothere': No module named 'nothere'",
      errorType: 'Runtime.ImportModuleError',
      requestId: '',
      stackTrace: [],
    });
  });
});

(HAS_CURL ? describe : describe.skip)('provided runtimes', () => {
  it("run the code's own bootstrap against the Runtime API", async () => {
    await createFixtureFunction(lambda, 'rt-shell', 'provided');
    const out: InvokeCommandOutput = await lambda.send(
      new InvokeCommand({ FunctionName: 'rt-shell', Payload: Buffer.from('{}') }),
    );
    expect(JSON.parse(Buffer.from(out.Payload ?? []).toString())).toEqual({ shell: true });
  });
});
