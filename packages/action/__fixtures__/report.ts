// Reports as the verifier returns them: a passing run, and one where the failure case got nothing.
import type { CaseResult, Report } from '@destinations-action/verify';

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:svc-gh4242-helloStarting';

function result(name: string, passed: boolean): CaseResult {
  const onFailure = name === 'fails';
  return {
    name,
    function: 'helloStarting',
    functionArn: ARN,
    passed,
    expected: {
      destination: onFailure ? 'onFailure' : 'onSuccess',
      condition: onFailure ? 'RetriesExhausted' : 'Success',
      approximateInvokeCount: onFailure ? 3 : 1,
    },
    invocations: 2,
    received: passed ? 2 : 0,
    missing: passed ? 0 : 2,
    wrongDestination: 0,
    duplicates: 0,
    latencyMs: passed ? { min: 10, p50: 12, p95: 15, max: 15 } : null,
    records: [],
    failures: passed
      ? []
      : [
          {
            kind: 'missing',
            message: 'no record after 200 s',
            requestId: 'r-1',
            cause: 'the role lacks sqs:SendMessage on arn:aws:sqs:us-east-1:123456789012:failures',
          },
          {
            kind: 'missing',
            message: 'no record after 200 s',
            requestId: 'r-2',
            cause: 'the role lacks sqs:SendMessage on arn:aws:sqs:us-east-1:123456789012:failures',
          },
        ],
  };
}

export function report(failing = false): Report {
  const cases = [result('succeeds', true), result('fails', !failing)];
  const passed = cases.filter((c) => c.passed).length;
  return {
    version: 1,
    tool: { name: 'destinations', version: '0.1.0' },
    passed: !failing,
    stage: 'gh4242',
    region: 'us-east-1',
    cloud: 'local',
    functionArn: ARN,
    functions: [{ function: 'helloStarting', functionArn: ARN, maximumRetryAttempts: 2, destinations: {} }],
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.000Z',
    durationMs: 1000,
    deadlineSeconds: 200,
    preflight: [],
    cases,
    totals: {
      cases: 2,
      passed,
      failed: 2 - passed,
      invocations: 4,
      received: cases.reduce((n, c) => n + c.received, 0),
      missing: cases.reduce((n, c) => n + c.missing, 0),
      wrongDestination: 0,
      duplicates: 0,
    },
  };
}
