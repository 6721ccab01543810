// Lambda answers pinned to what AWS recorded: throttles, EventInvokeConfig errors, configuration echoes.
import { LambdaClient, PutFunctionConcurrencyCommand } from '@aws-sdk/client-lambda';
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
