import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { type Report, renderMarkdown, renderTable, writeJsonReport } from '../src/index.js';

const OK_Q = 'arn:aws:sqs:us-east-1:000000000000:ok';
const FAIL_Q = 'arn:aws:sqs:us-east-1:000000000000:fail';
const FN = 'arn:aws:lambda:us-east-1:000000000000:function:svc-dev-fn';

function report(passed: boolean): Report {
  return {
    version: 1,
    tool: { name: '@destinations-action/verify', version: '0.1.0' },
    passed,
    stage: 'dev',
    region: 'us-east-1',
    cloud: 'local',
    endpoint: 'http://127.0.0.1:4566',
    functionArn: FN,
    functions: [
      {
        function: 'fn',
        functionArn: FN,
        maximumRetryAttempts: 2,
        destinations: { onSuccess: OK_Q, onFailure: FAIL_Q },
      },
    ],
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.500Z',
    durationMs: 1500,
    deadlineSeconds: 30,
    preflight: passed
      ? []
      : [
          {
            level: 'error',
            check: 'permission',
            subject: FAIL_Q,
            message: `the role r lacks sqs:SendMessage on ${FAIL_Q}`,
          },
        ],
    cases: [
      {
        name: 'succeeds',
        function: 'fn',
        functionArn: FN,
        passed: true,
        expected: {
          destination: 'onSuccess',
          destinationArn: OK_Q,
          condition: 'Success',
          approximateInvokeCount: 1,
        },
        invocations: 2,
        received: 2,
        missing: 0,
        wrongDestination: 0,
        duplicates: 0,
        latencyMs: { min: 10, p50: 12, p95: 20, max: 20 },
        records: [
          {
            requestId: 'a',
            destination: 'onSuccess',
            destinationArn: OK_Q,
            condition: 'Success',
            latencyMs: 10,
            duplicate: false,
          },
          {
            requestId: 'b',
            destination: 'onSuccess',
            destinationArn: OK_Q,
            condition: 'Success',
            latencyMs: 20,
            duplicate: false,
          },
        ],
        failures: [],
      },
      {
        name: 'fails | pipes',
        function: 'fn',
        functionArn: FN,
        passed,
        expected: {
          destination: 'onFailure',
          destinationArn: FAIL_Q,
          condition: 'RetriesExhausted',
          approximateInvokeCount: 3,
        },
        invocations: 1,
        received: passed ? 1 : 0,
        missing: passed ? 0 : 1,
        wrongDestination: 0,
        duplicates: 0,
        latencyMs: passed ? { min: 200, p50: 200, p95: 200, max: 200 } : null,
        records: passed
          ? [
              {
                requestId: 'c',
                destination: 'onFailure',
                destinationArn: FAIL_Q,
                condition: 'RetriesExhausted',
                latencyMs: 200,
                duplicate: false,
              },
            ]
          : [],
        failures: passed
          ? []
          : [
              {
                kind: 'missing',
                message: `1 of 1 invocations left no record at onFailure (${FAIL_Q}) after 30 s`,
                expected: { destination: 'onFailure', condition: 'RetriesExhausted' },
                got: null,
                cause: `the role r lacks sqs:SendMessage on ${FAIL_Q}`,
              },
            ],
      },
    ],
    totals: {
      cases: 2,
      passed: passed ? 2 : 1,
      failed: passed ? 0 : 1,
      invocations: 3,
      received: passed ? 3 : 2,
      missing: passed ? 0 : 1,
      wrongDestination: 0,
      duplicates: 0,
    },
  };
}

describe('the console table', () => {
  it('has one row a case with counts and the verdict', () => {
    const t = renderTable(report(true));
    const rows = t.split('\n');
    expect(rows[0]).toMatch(/^case\s+result\s+destination\s+received/);
    expect(rows.find((r) => r.startsWith('succeeds'))).toMatch(/PASS\s+onSuccess\s+2\/2/);
    expect(t).toContain('PASSED: 2/2 cases, 3/3 records');
  });

  it('lists each failure with its likely cause', () => {
    const t = renderTable(report(false));
    expect(t).toMatch(/fails \| pipes\s+FAIL/);
    expect(t).toContain('likely cause: the role r lacks sqs:SendMessage');
    expect(t).toContain('FAILED: 1/2 cases');
  });
});

describe('the Markdown summary', () => {
  it('has the table, escaping pipes in names', () => {
    const md = renderMarkdown(report(true));
    expect(md).toContain('| case | result |');
    expect(md).toContain('| fails \\| pipes | ✅ |');
    expect(md).not.toContain('### Failures');
  });

  it('shows expected, got and the most likely cause of a failure', () => {
    const md = renderMarkdown(report(false));
    expect(md).toContain('### Failures');
    expect(md).toContain('expected: `{"destination":"onFailure","condition":"RetriesExhausted"}`');
    expect(md).toContain('got: `null`');
    expect(md).toContain(`most likely cause: the role r lacks sqs:SendMessage on ${FAIL_Q}`);
  });

  it('draws where the records went as a Mermaid flowchart', () => {
    const md = renderMarkdown(report(false));
    const mermaid = md.slice(md.indexOf('```mermaid'), md.lastIndexOf('```'));
    expect(mermaid).toContain('flowchart LR');
    const node = (label: string) => new RegExp(`(n\\d+)\\[\\("${label}"\\)\\]`).exec(mermaid)?.[1];
    expect(mermaid).toContain(`-->|2| ${node('onSuccess: ok')}`);
    expect(mermaid).toContain(`-.->|1| ${node('no record')}`);
  });
});

describe('the JSON report', () => {
  it('is written as the versioned shape that the published schema accepts', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'report-')), 'sub', 'report.json');
    await writeJsonReport(report(false), file);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    const schema = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(written)).toBe(true);
    expect(written.version).toBe(1);
    expect(validate({ ...written, version: 2 })).toBe(false);
  });
});
