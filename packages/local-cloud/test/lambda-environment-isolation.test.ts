// Handlers see only the Lambda environment: nothing of the cloud's own process environment (a canary,
// GITHUB_TOKEN, the host's AWS credentials, NODE_OPTIONS) reaches a Node.js or a Python handler. And an
// execution environment's Runtime API answers no browser.
import { request } from 'node:http';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clientConfig, createFixtureFunction, HAS_PYTHON } from './fixtures/lambda/helpers.js';

const HOST = {
  [`LOCAL_CLOUD_CANARY_${process.pid}`]: `canary-${process.pid}-value`,
  GITHUB_TOKEN: `ghs_fakeGithubToken${process.pid}`,
  AWS_SECRET_ACCESS_KEY: `hostSecretAccessKey${process.pid}`,
  AWS_SESSION_TOKEN: `hostSessionToken${process.pid}`,
  AWS_ACCESS_KEY_ID: `AKIAHOST${process.pid}`,
  NODE_OPTIONS: '--no-deprecation',
  PYTHONPATH: `/host/python/path/${process.pid}`,
};

/** Every variable a handler may have: Lambda's reserved ones, the function's own, and the runtime's. */
const ALLOWED = new Set([
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_RUNTIME_API',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_EXECUTION_ENV',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_ENDPOINT_URL',
  'TZ',
  '_HANDLER',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
  'LANG',
  'PATH',
  'NODE_PATH',
  'PYTHONPATH',
  'MINE',
  // Set by the Python interpreter itself when it coerces the C locale (PEP 538).
  'LC_CTYPE',
]);

const saved: Record<string, string | undefined> = {};
let cloud: RunningCloud;
let lambda: LambdaClient;

beforeAll(async () => {
  // Set before the cloud starts, as a CI job's environment would be.
  for (const [k, v] of Object.entries(HOST)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  lambda = new LambdaClient(clientConfig(cloud.url));
  const mine = { Environment: { Variables: { MINE: 'the function’s own' } } };
  await createFixtureFunction(lambda, 'iso-node', 'node', mine);
  if (HAS_PYTHON) await createFixtureFunction(lambda, 'iso-py', 'python', mine);
});
afterAll(async () => {
  lambda.destroy();
  await cloud.stop();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

async function handlerEnv(name: string): Promise<Record<string, string>> {
  const out = await lambda.send(
    new InvokeCommand({ FunctionName: name, Payload: Buffer.from('{"mode":"env"}') }),
  );
  expect(out.FunctionError).toBeUndefined();
  return JSON.parse(Buffer.from(out.Payload ?? []).toString());
}

function expectIsolated(env: Record<string, string>): void {
  const leaked = Object.entries(env).filter(([, v]) =>
    Object.values(HOST).some((secret) => v.includes(secret)),
  );
  expect(leaked).toEqual([]);
  expect(Object.keys(env).filter((k) => !ALLOWED.has(k))).toEqual([]);
  // The credentials a handler has are the cloud's dummy ones, not the host's.
  expect(env).toMatchObject({
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_SESSION_TOKEN: 'test',
    MINE: 'the function’s own',
  });
  expect(env.GITHUB_TOKEN).toBeUndefined();
  expect(env.NODE_OPTIONS).toBeUndefined();
}

describe('a handler’s environment', () => {
  it('Node.js: holds the Lambda variables and nothing of the host’s', async () => {
    expectIsolated(await handlerEnv('iso-node'));
  });

  (HAS_PYTHON ? it : it.skip)('Python: holds the Lambda variables and nothing of the host’s', async () => {
    const env = await handlerEnv('iso-py');
    expectIsolated(env);
    expect(env.PYTHONPATH).not.toContain('/host/python/path');
  });
});

/** A browser's GET (no Origin, Sec-Fetch-Site set) to `host` (`127.0.0.1:port`), answered with its status. */
function browserGet(host: string, path: string): Promise<number> {
  const [hostname, port] = host.split(':');
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname, port: Number(port), path, headers: { 'Sec-Fetch-Site': 'cross-site' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the Runtime API of an execution environment', () => {
  it('refuses a browser request, which would otherwise take the next invocation', async () => {
    const api = (await handlerEnv('iso-node')).AWS_LAMBDA_RUNTIME_API;
    expect(await browserGet(api, '/2018-06-01/runtime/invocation/next')).toBe(403);
    // The warm environment still gets its next invocation.
    const again = await handlerEnv('iso-node');
    expect(again.AWS_LAMBDA_RUNTIME_API).toBe(api);
  });
});
