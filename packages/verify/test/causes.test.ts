// Every failure names its real cause, and definite ones stop the run before anything is fired: a
// destination function that logs the record but not as JSON, one that logs nothing of it, a destination
// that does not exist or is in another account, a runtime the machine cannot run.
import { CreateFunctionCommand, type Runtime } from '@aws-sdk/client-lambda';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { type Clients, createClients } from '../src/clients.js';
import { ConfigError, doctor, type Spec, verify } from '../src/index.js';
import { createFunction, createQueue, ROLE, setDestinations } from './helpers.js';

let cloud: RunningCloud;
let clients: Clients;

const base = () => ({
  cloud: 'local' as const,
  endpoint: cloud.url,
  region: 'us-east-1',
  handleSignals: false,
});

async function createPython(name: string, code: string, runtime = 'python3.12'): Promise<string> {
  const out = await clients.lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Runtime: runtime as Runtime,
      Handler: 'handler.handler',
      Role: ROLE,
      Timeout: 3,
      Code: { ZipFile: zipSync({ 'handler.py': strToU8(code) }) },
    }),
  );
  return out.FunctionArn!;
}

const onSuccess = (fn: string, invocations = 2): Spec => ({
  functions: [
    {
      function: fn,
      cases: [
        { name: 'succeeds', payload: { Success: true }, invocations, expect: { destination: 'onSuccess' } },
      ],
    },
  ],
});

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  clients = createClients({ cloud: 'local', endpoint: cloud.url, region: 'us-east-1' });
});
afterAll(async () => {
  clients.destroy();
  await cloud.stop();
});

describe('a Lambda destination that does not log the record as JSON', () => {
  it('is told it logged the record, but not as JSON (print(event)), without waiting out the deadline', async () => {
    const dest = await createPython('repr-logger', 'def handler(event, context):\n    print(event)\n');
    // An EventInvokeConfig of its own with no destinations: the verifier falls back to its log.
    await setDestinations(clients, 'repr-logger', {});
    await createFunction(clients, 'svc-dev-repr');
    await setDestinations(clients, 'svc-dev-repr', { onSuccess: dest });
    const report = await verify({ ...base(), spec: onSuccess('svc-dev-repr'), timeoutSeconds: 600 });
    const c = report.cases[0];
    expect(c).toMatchObject({ passed: false, received: 0, missing: 0 });
    expect(c.failures).toHaveLength(1);
    expect(c.failures[0].kind).toBe('unreadable');
    expect(c.failures[0].message).toContain("{'version': '1.0'");
    expect(c.failures[0].cause).toContain('repr-logger ran and logged the record, but not as JSON');
    expect(c.failures[0].cause).not.toContain('lambda:InvokeFunction');
    // Collecting ended as soon as every record was seen, not at the 600 s deadline.
    expect(Date.parse(report.finishedAt) - Date.parse(report.startedAt)).toBeLessThan(600_000);
  });

  it('is told it was invoked but logged nothing of the record', async () => {
    const dest = await createPython('quiet-logger', 'def handler(event, context):\n    print("success")\n');
    await setDestinations(clients, 'quiet-logger', {});
    await createFunction(clients, 'svc-dev-quiet');
    await setDestinations(clients, 'svc-dev-quiet', { onSuccess: dest });
    const report = await verify({ ...base(), spec: onSuccess('svc-dev-quiet', 1), timeoutSeconds: 3 });
    const f = report.cases[0].failures[0];
    expect(f.kind).toBe('missing');
    expect(f.cause).toMatch(/destination function quiet-logger was invoked \d+ times? .* logged no record/);
    expect(f.cause).toContain('json.dumps(event)');
  });
});

describe('a function whose runtime fails to start', () => {
  it('is told so, from its log, instead of a permission to check', async () => {
    const q = await createQueue(clients, 'never-reached');
    await createFunction(clients, 'svc-dev-nobootstrap', undefined, {
      Runtime: 'provided.al2023',
      Handler: 'x',
      Code: { ZipFile: zipSync({ 'README.txt': strToU8('no bootstrap here') }) },
    });
    await setDestinations(clients, 'svc-dev-nobootstrap', { onSuccess: q.arn }, 0);
    const report = await verify({ ...base(), spec: onSuccess('svc-dev-nobootstrap', 1), timeoutSeconds: 3 });
    const f = report.cases[0].failures[0];
    expect(f.kind).toBe('missing');
    expect(f.cause).toMatch(
      /^function svc-dev-nobootstrap failed to start: Runtime\.InvalidEntrypoint: spawn \S+bootstrap ENOENT$/,
    );
  });
});

describe('definite preflight errors stop the run before firing', () => {
  it('a destination that does not exist: a ConfigError naming it, no report to wait for', async () => {
    await createFunction(clients, 'svc-dev-gone');
    await setDestinations(clients, 'svc-dev-gone', {
      onSuccess: 'arn:aws:sqs:us-east-1:000000000000:never-made',
    });
    const run = verify({ ...base(), spec: onSuccess('svc-dev-gone'), timeoutSeconds: 600 });
    await expect(run).rejects.toThrow(ConfigError);
    await expect(run).rejects.toThrow(
      'onSuccess destination arn:aws:sqs:us-east-1:000000000000:never-made does not exist',
    );
  });

  it("an ARN in an account that is not the local cloud's names both accounts", async () => {
    const q = await createQueue(clients, 'successQueue');
    await createFunction(clients, 'svc-dev-foreign');
    // The blog post's ARN, with a fixed account number: on the local cloud nothing lives there.
    const foreign = q.arn.replace('000000000000', '444455556666');
    await setDestinations(clients, 'svc-dev-foreign', { onSuccess: foreign });
    const problems = await doctor({ ...base(), spec: onSuccess('svc-dev-foreign') });
    expect(problems.filter((p) => p.level === 'error')).toEqual([
      expect.objectContaining({ fatal: true, destination: 'onSuccess', subject: foreign }),
    ]);
    await expect(verify({ ...base(), spec: onSuccess('svc-dev-foreign') })).rejects.toThrow(
      /is in account 444455556666, but everything on this local cloud is in account 000000000000: .*\$\{AWS::AccountId\}/,
    );
  });
});

describe('a runtime the machine cannot run', () => {
  let noPython: RunningCloud;
  let c: Clients;
  beforeAll(async () => {
    noPython = await startLocalCloud({
      port: 0,
      logLevel: 'quiet',
      timeScale: 0.001,
      interpreters: { python: 'python-that-is-not-installed' },
    });
    c = createClients({ cloud: 'local', endpoint: noPython.url, region: 'us-east-1' });
  });
  afterAll(async () => {
    c.destroy();
    await noPython.stop();
  });

  it('stops at the preflight naming the interpreter, for the function and for a Lambda destination', async () => {
    const q = await createQueue(c, 'ok');
    const saved = clients;
    clients = c;
    try {
      await createPython('py-fn', 'def handler(event, context):\n    return {"statusCode": 200}\n');
      await createPython(
        'py-dest',
        'import json\ndef handler(event, context):\n    print(json.dumps(event))\n',
      );
    } finally {
      clients = saved;
    }
    await setDestinations(c, 'py-fn', { onSuccess: q.arn });
    const run = verify({ ...base(), endpoint: noPython.url, spec: onSuccess('py-fn') });
    await expect(run).rejects.toThrow(ConfigError);
    await expect(run).rejects.toThrow(
      'function py-fn: runtime python3.12 cannot run on this machine: python-that-is-not-installed is not on the PATH',
    );

    await createFunction(c, 'node-to-py');
    await setDestinations(c, 'node-to-py', {
      onSuccess: `${q.arn.replace(':sqs:', ':lambda:').replace(':ok', ':function:py-dest')}`,
    });
    await expect(
      verify({ ...base(), endpoint: noPython.url, spec: onSuccess('node-to-py') }),
    ).rejects.toThrow(
      'onSuccess destination function py-dest: runtime python3.12 cannot run on this machine',
    );
  });
});
