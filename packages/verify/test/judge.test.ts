import { describe, expect, it } from '@jest/globals';
import type { MatchedArrival } from '../src/collect.js';
import type { Invocation } from '../src/fire.js';
import { judge } from '../src/judge.js';
import { deepEqual, isSubset } from '../src/match.js';
import type { ResolvedFunction } from '../src/resolve.js';
import type { CaseSpec, InvocationRecord, Problem } from '../src/types.js';

const FN_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:svc-dev-fn';
const OK_Q = 'arn:aws:sqs:us-east-1:000000000000:ok';
const FAIL_Q = 'arn:aws:sqs:us-east-1:000000000000:fail';
const fn: ResolvedFunction = {
  ref: 'fn',
  functionName: 'svc-dev-fn',
  functionArn: FN_ARN,
  qualifier: '$LATEST',
  role: 'arn:aws:iam::000000000000:role/r',
  timeout: 6,
  maximumRetryAttempts: 2,
  maximumEventAgeInSeconds: 21600,
  destinations: { onSuccess: OK_Q, onFailure: FAIL_Q },
};

const succeeds: CaseSpec = {
  name: 'succeeds',
  payload: { Success: true },
  invocations: 2,
  expect: { destination: 'onSuccess', responsePayload: { statusCode: 200 } },
};
const fails: CaseSpec = {
  name: 'fails',
  payload: { Success: false },
  invocations: 1,
  expect: { destination: 'onFailure', functionError: 'Unhandled', responsePayload: { errorMessage: 'boom' } },
};

function invocation(caseIndex: number, requestId: string, payload: unknown): Invocation {
  return { caseIndex, functionArn: FN_ARN, requestId, payload, firedAt: 1000 };
}

function record(
  requestId: string,
  ok: boolean,
  payload: unknown,
  extra: Partial<InvocationRecord> = {},
): InvocationRecord {
  return {
    version: '1.0',
    requestContext: {
      requestId,
      functionArn: `${FN_ARN}:$LATEST`,
      condition: ok ? 'Success' : 'RetriesExhausted',
      approximateInvokeCount: ok ? 1 : 3,
    },
    requestPayload: payload,
    responseContext: ok ? { statusCode: 200 } : { statusCode: 200, functionError: 'Unhandled' },
    responsePayload: ok ? { statusCode: 200, body: 'x' } : { errorMessage: 'boom', errorType: 'Error' },
    ...extra,
  };
}

const invocations = [
  invocation(0, 'a', { Success: true }),
  invocation(0, 'b', { Success: true }),
  invocation(1, 'c', { Success: false }),
];
const arrive = (i: number, arn: string, r: InvocationRecord, at = 1500): MatchedArrival => ({
  invocation: i,
  destinationArn: arn,
  record: r,
  arrivedAt: at,
});
const allGood = [
  arrive(0, OK_Q, record('a', true, { Success: true }), 1100),
  arrive(1, OK_Q, record('b', true, { Success: true }), 1300),
  arrive(2, FAIL_Q, record('c', false, { Success: false }), 1900),
];
const run = (arrivals: MatchedArrival[], preflight: Problem[] = [], failOnDuplicates = false) =>
  judge({
    cases: [
      { spec: succeeds, fn },
      { spec: fails, fn },
    ],
    invocations,
    arrivals,
    preflight,
    deadlineSeconds: 30,
    failOnDuplicates,
  });

describe('judging records', () => {
  it('passes every case when each record is where and what it should be', () => {
    const [s, f] = run(allGood);
    expect(s).toMatchObject({ passed: true, received: 2, missing: 0, duplicates: 0, failures: [] });
    expect(s.latencyMs).toEqual({ min: 100, p50: 100, p95: 300, max: 300 });
    expect(f).toMatchObject({
      passed: true,
      received: 1,
      expected: { condition: 'RetriesExhausted', approximateInvokeCount: 3 },
    });
  });

  it('fails a case whose record is missing, naming the preflight problem as the cause', () => {
    const problem: Problem = {
      level: 'error',
      check: 'permission',
      subject: FAIL_Q,
      message: `the role lacks sqs:SendMessage on ${FAIL_Q}`,
    };
    const [, f] = run(allGood.slice(0, 2), [problem]);
    expect(f.passed).toBe(false);
    expect(f.missing).toBe(1);
    expect(f.failures[0]).toMatchObject({ kind: 'missing', cause: problem.message });
    expect(f.failures[0].message).toContain('after 30 s');
  });

  it('explains a missing record without a preflight finding by the permission it needs', () => {
    const [, f] = run(allGood.slice(0, 2));
    expect(f.failures[0].cause).toContain('sqs:SendMessage');
  });

  it('fails a case whose handler did not fail: the record went to onSuccess', () => {
    const [, f] = run([...allGood.slice(0, 2), arrive(2, OK_Q, record('c', true, { Success: false }))]);
    expect(f).toMatchObject({ passed: false, wrongDestination: 1, missing: 0 });
    expect(f.failures[0]).toMatchObject({ kind: 'wrongDestination', got: { destination: 'onSuccess' } });
    expect(f.failures[0].cause).toContain('did not throw');
  });

  it('fails a field that differs, with expected and got', () => {
    const wrong = record(
      'c',
      false,
      { Success: false },
      {
        responsePayload: { errorMessage: 'other', errorType: 'Error' },
      },
    );
    const [, f] = run([...allGood.slice(0, 2), arrive(2, FAIL_Q, wrong)]);
    expect(f.failures).toEqual([
      expect.objectContaining({
        kind: 'field',
        field: 'responsePayload',
        expected: { errorMessage: 'boom' },
      }),
    ]);
  });

  it('expects retries + 1 attempts on RetriesExhausted', () => {
    const one = record('c', false, { Success: false });
    one.requestContext!.approximateInvokeCount = 1;
    const [, f] = run([...allGood.slice(0, 2), arrive(2, FAIL_Q, one)]);
    expect(f.failures[0]).toMatchObject({
      field: 'requestContext.approximateInvokeCount',
      expected: 3,
      got: 1,
    });
  });

  it('checks the request payload is what was sent', () => {
    const [s] = run([arrive(0, OK_Q, record('a', true, { Success: 'changed' })), ...allGood.slice(1)]);
    expect(s.failures[0]).toMatchObject({ field: 'requestPayload', expected: { Success: true } });
  });

  it('counts duplicates without failing, unless asked to', () => {
    const dup = [...allGood, arrive(0, OK_Q, record('a', true, { Success: true }), 2000)];
    const [s] = run(dup);
    expect(s).toMatchObject({ passed: true, duplicates: 1 });
    expect(s.records.filter((r) => r.duplicate)).toHaveLength(1);
    const [strict] = run(dup, [], true);
    expect(strict.passed).toBe(false);
    expect(strict.failures[0].kind).toBe('duplicate');
  });

  it('fails a case whose Invoke calls failed', () => {
    const r = judge({
      cases: [{ spec: fails, fn }],
      invocations: [{ ...invocation(0, '', {}), error: 'AccessDeniedException: no' }],
      arrivals: [],
      preflight: [],
      deadlineSeconds: 5,
    });
    expect(r[0].failures[0]).toMatchObject({ kind: 'invokeError' });
    expect(r[0].failures[0].message).toContain('AccessDeniedException');
  });

  it('attributes a queue serving both destinations by the record condition', () => {
    const same = { ...fn, destinations: { onSuccess: OK_Q, onFailure: OK_Q } };
    const r = judge({
      cases: [{ spec: fails, fn: same }],
      invocations: [invocation(0, 'c', { Success: false })],
      arrivals: [arrive(0, OK_Q, record('c', false, { Success: false }))],
      preflight: [],
      deadlineSeconds: 5,
    });
    expect(r[0].passed).toBe(true);
  });
});

describe('the cause of a missing record', () => {
  const shared = { ...fn, destinations: { onSuccess: OK_Q, onFailure: OK_Q } };
  const missingFailure = (input: Partial<Parameters<typeof judge>[0]>) =>
    judge({
      cases: [{ spec: fails, fn: shared }],
      invocations: [invocation(0, 'c', { Success: false })],
      arrivals: [],
      preflight: [],
      deadlineSeconds: 29,
      ...input,
    })[0].failures[0];

  it("names the case's own destination when two share an ARN", () => {
    const aboutSuccess: Problem = {
      level: 'skipped',
      check: 'permission',
      subject: OK_Q,
      destination: 'onSuccess',
      message: 'about onSuccess',
    };
    const aboutFailure: Problem = {
      ...aboutSuccess,
      level: 'error',
      destination: 'onFailure',
      message: 'about onFailure',
    };
    expect(missingFailure({ preflight: [{ ...aboutSuccess, level: 'error' }] }).cause).not.toBe(
      'about onSuccess',
    );
    expect(missingFailure({ preflight: [{ ...aboutSuccess, level: 'error' }, aboutFailure] }).cause).toBe(
      'about onFailure',
    );
  });

  it('says how long the verifier really waited, not the deadline', () => {
    expect(missingFailure({ waitedMs: 2345 }).message).toBe(
      `1 of 1 invocations left no record at onFailure (${OK_Q}) after 2.3 s`,
    );
    expect(missingFailure({ waitedMs: 40_000 }).message).toContain('after 29 s');
  });

  it('names a runtime that failed to start, before any permission', () => {
    const startFailures = new Map([['svc-dev-fn', 'Runtime.InvalidEntrypoint: spawn python3 ENOENT']]);
    expect(missingFailure({ startFailures }).cause).toBe(
      'function svc-dev-fn failed to start: Runtime.InvalidEntrypoint: spawn python3 ENOENT',
    );
  });
});

describe('JSON matching', () => {
  it('matches a subset recursively and refuses a differing value', () => {
    expect(isSubset({ a: { b: 1 } }, { a: { b: 1, c: 2 }, d: 3 })).toBe(true);
    expect(isSubset({ a: { b: 2 } }, { a: { b: 1 } })).toBe(false);
    expect(isSubset({ a: [1] }, { a: [1, 2] })).toBe(true);
    expect(isSubset('x', 'x')).toBe(true);
    expect(isSubset({ a: 1 }, null)).toBe(false);
  });

  it('compares exactly, keys in any order', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
  });
});
