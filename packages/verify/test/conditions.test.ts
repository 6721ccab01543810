// Conditions a payload alone cannot produce, arranged for one case and restored after: reserved
// concurrency 0 (ZeroReservedConcurrency), a short event age with retries (EventAgeExceeded), and a
// case's own retry settings; the function is put back exactly, by the run or from its state file.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  GetFunctionConcurrencyCommand,
  GetFunctionEventInvokeConfigCommand,
  PutFunctionConcurrencyCommand,
} from '@aws-sdk/client-lambda';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { arrange, arrangementFor } from '../src/arrange.js';
import { type Clients, createClients } from '../src/clients.js';
import { doctor, type Spec, verify } from '../src/index.js';
import { judge } from '../src/judge.js';
import { resolveFunction } from '../src/resolve.js';
import { newRunState, type RunState } from '../src/state.js';
import { cleanupTaps } from '../src/tap/cleanup.js';
import type { CaseSpec } from '../src/types.js';
import { createFunction, createQueue, setDestinations } from './helpers.js';

let cloud: RunningCloud;
let clients: Clients;
let ok: { url: string; arn: string };
let fail: { url: string; arn: string };

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  clients = createClients({ cloud: 'local', endpoint: cloud.url, region: 'us-east-1' });
  ok = await createQueue(clients, 'cond-ok');
  fail = await createQueue(clients, 'cond-fail');
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

async function fn(name: string, retries = 2): Promise<void> {
  await createFunction(clients, name);
  await setDestinations(clients, name, { onSuccess: ok.arn, onFailure: fail.arn }, retries);
}

const spec = (name: string, cases: CaseSpec[]): Spec => ({ functions: [{ function: name, cases }] });

const throttled: CaseSpec = {
  name: 'throttled',
  payload: { Success: true },
  invocations: 2,
  expect: { destination: 'onFailure', condition: 'ZeroReservedConcurrency' },
};

const tooOld: CaseSpec = {
  name: 'too old',
  payload: { Success: false },
  invocations: 2,
  expect: { destination: 'onFailure', condition: 'EventAgeExceeded', functionError: 'Unhandled' },
};

async function concurrency(name: string): Promise<number | undefined> {
  const out = await clients.lambda.send(new GetFunctionConcurrencyCommand({ FunctionName: name }));
  return out.ReservedConcurrentExecutions;
}

async function invokeConfig(name: string) {
  const out = await clients.lambda.send(new GetFunctionEventInvokeConfigCommand({ FunctionName: name }));
  return {
    MaximumRetryAttempts: out.MaximumRetryAttempts,
    MaximumEventAgeInSeconds: out.MaximumEventAgeInSeconds,
    DestinationConfig: out.DestinationConfig,
  };
}

describe('ZeroReservedConcurrency', () => {
  it('sets reserved concurrency 0 for the case: every record fails with count 0 and no response', async () => {
    await fn('cond-zrc');
    const report = await verify({ ...base(), spec: spec('cond-zrc', [throttled]) });
    const [c] = report.cases;
    expect([c.passed, c.received, c.failures]).toEqual([true, 2, []]);
    expect(c.expected).toMatchObject({ condition: 'ZeroReservedConcurrency', approximateInvokeCount: 0 });
    expect(c.records.map((r) => [r.condition, r.approximateInvokeCount])).toEqual([
      ['ZeroReservedConcurrency', 0],
      ['ZeroReservedConcurrency', 0],
    ]);
    expect(c.arranged).toBe('reserved concurrency 0 on cond-zrc');
    // None was reserved before, none after.
    expect(await concurrency('cond-zrc')).toBeUndefined();
  });

  it('puts back a reserved concurrency the function had, after the function’s other cases ran', async () => {
    await fn('cond-zrc-5');
    await clients.lambda.send(
      new PutFunctionConcurrencyCommand({ FunctionName: 'cond-zrc-5', ReservedConcurrentExecutions: 5 }),
    );
    const succeeds: CaseSpec = {
      name: 'succeeds',
      payload: { Success: true },
      invocations: 2,
      expect: { destination: 'onSuccess' },
    };
    const report = await verify({ ...base(), spec: spec('cond-zrc-5', [throttled, succeeds]) });
    // The plain case ran on the function as deployed, before concurrency went to 0.
    expect(report.cases.map((c) => [c.name, c.passed, c.received])).toEqual([
      ['throttled', true, 2],
      ['succeeds', true, 2],
    ]);
    expect(await concurrency('cond-zrc-5')).toBe(5);
  });

  it('fails a record that carries a responseContext, naming the field', async () => {
    await fn('cond-zrc-wrong');
    const fnr = await resolveFunction(clients, 'cond-zrc-wrong', undefined);
    const [c] = judge({
      cases: [{ spec: throttled, fn: fnr }],
      invocations: [{ caseIndex: 0, functionArn: fnr.functionArn, requestId: 'r', payload: {}, firedAt: 0 }],
      arrivals: [
        {
          invocation: 0,
          destinationArn: fail.arn,
          arrivedAt: 1,
          record: {
            requestContext: {
              requestId: 'r',
              functionArn: `${fnr.functionArn}:$LATEST`,
              condition: 'ZeroReservedConcurrency',
              approximateInvokeCount: 0,
            },
            requestPayload: {},
            // The function ran: a ZeroReservedConcurrency record never has a response.
            responseContext: { statusCode: 200, executedVersion: '$LATEST' },
          },
        },
      ],
      preflight: [],
      deadlineSeconds: 10,
    });
    expect(c.failures.map((f) => [f.field, f.expected, f.got])).toEqual([
      ['responseContext', null, { statusCode: 200, executedVersion: '$LATEST' }],
    ]);
  });
});

describe('EventAgeExceeded', () => {
  it('sets a 60 s event age with retries for the case: the first failure is too old to retry', async () => {
    await fn('cond-age', 0);
    const before = await invokeConfig('cond-age');
    const report = await verify({ ...base(), spec: spec('cond-age', [tooOld]) });
    const [c] = report.cases;
    expect([c.passed, c.received, c.failures]).toEqual([true, 2, []]);
    expect(c.expected).toMatchObject({ condition: 'EventAgeExceeded', approximateInvokeCount: 1 });
    expect(c.arranged).toBe(
      'MaximumRetryAttempts 1 (now 0), MaximumEventAgeInSeconds 60 (now 21600) on cond-age',
    );
    expect(await invokeConfig('cond-age')).toEqual(before);
  });
});

describe('a case’s own retry settings', () => {
  it('runs a case with its own MaximumRetryAttempts, counts following, beside one on the function’s own', async () => {
    await fn('cond-retries', 2);
    const fails = (name: string, extra: Partial<CaseSpec>): CaseSpec => ({
      name,
      payload: { Success: false },
      invocations: 2,
      expect: { destination: 'onFailure' },
      ...extra,
    });
    const report = await verify({
      ...base(),
      spec: spec('cond-retries', [fails('no retry', { maximumRetryAttempts: 0 }), fails('as deployed', {})]),
    });
    expect(
      report.cases.map((c) => [
        c.name,
        c.passed,
        c.expected.approximateInvokeCount,
        c.records[0]?.approximateInvokeCount,
      ]),
    ).toEqual([
      ['no retry', true, 1, 1],
      ['as deployed', true, 3, 3],
    ]);
    expect((await invokeConfig('cond-retries')).MaximumRetryAttempts).toBe(2);
  });
});

describe('restoring', () => {
  it('records each change in the state file while the case runs', async () => {
    await fn('cond-state');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cond-')), 'state.json');
    const during: unknown[] = [];
    const report = await verify({
      ...base(),
      spec: spec('cond-state', [throttled]),
      stateFile: file,
      onProgress: (e) => {
        if (e.phase === 'fire' && e.message.startsWith('fired'))
          during.push(...(JSON.parse(readFileSync(file, 'utf8')) as RunState).created);
      },
    });
    expect(report.passed).toBe(true);
    expect(during).toContainEqual({
      type: 'functionConcurrency',
      functionName: 'cond-state',
      previous: null,
    });
    expect(await concurrency('cond-state')).toBeUndefined();
  });

  it('puts the function back from the state file alone, as a cancelled run’s post step does', async () => {
    await fn('cond-cancelled', 1);
    const before = await invokeConfig('cond-cancelled');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cond-')), 'state.json');
    const state = newRunState(clients, file);
    const resolved = await resolveFunction(clients, 'cond-cancelled', undefined);
    const both: CaseSpec = { ...throttled, maximumEventAgeInSeconds: 120, maximumRetryAttempts: 2 };
    await arrange(clients, state, resolved, arrangementFor(both, resolved)!);
    expect(await concurrency('cond-cancelled')).toBe(0);
    expect((await invokeConfig('cond-cancelled')).MaximumEventAgeInSeconds).toBe(120);
    // A later process knows only the file.
    expect(await cleanupTaps(file)).toEqual([]);
    expect(await concurrency('cond-cancelled')).toBeUndefined();
    expect(await invokeConfig('cond-cancelled')).toEqual(before);
  });
});

describe('doctor', () => {
  it('says what each case will change and that it restores it', async () => {
    await fn('cond-doctor');
    const problems = await doctor({ ...base(), spec: spec('cond-doctor', [throttled, tooOld]) });
    expect(problems.filter((p) => p.check === 'arrangement').map((p) => [p.level, p.message])).toEqual([
      [
        'ok',
        "case 'throttled' will set reserved concurrency 0 on cond-doctor while it runs, after the function's other cases, and restore it when its records are in (recorded in the state file: a cancelled run's 'destinations cleanup' restores it too)",
      ],
      [
        'ok',
        "case 'too old' will set MaximumEventAgeInSeconds 60 (now 21600) on cond-doctor while it runs, after the function's other cases, and restore it when its records are in (recorded in the state file: a cancelled run's 'destinations cleanup' restores it too)",
      ],
    ]);
  });
});
