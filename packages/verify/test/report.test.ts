import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import {
  type Report,
  renderDoctorMarkdown,
  renderMarkdown,
  renderTable,
  writeJsonReport,
} from '../src/index.js';

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
    const mermaid = diagramOf(renderMarkdown(report(true)));
    expect(mermaid[0]).toBe('flowchart LR');
    const node = nodeIn(mermaid);
    expect(mermaid).toContain(`  ${node('succeeds ×2')} -->|2| ${node('onSuccess: ok')}`);
    expect(mermaid).toContain(`  ${node('fails | pipes ×1')} -->|1| ${node('onFailure: fail')}`);
    // All passed: nothing drawn red.
    expect(mermaid.filter((l) => /linkStyle|classDef|class /.test(l))).toEqual([]);
  });

  it('draws missing records in red with their count, and the destination they were expected at', () => {
    const mermaid = diagramOf(renderMarkdown(report(false)));
    const node = nodeIn(mermaid);
    const failing = node('fails | pipes ×1');
    expect(mermaid).toContain(`  ${failing} -.->|"✗ 1 missing"| ${node('no record')}`);
    expect(mermaid).toContain(`  ${failing} -.->|"✗ expected 1"| ${node('onFailure: fail')}`);
    expect(redLinks(mermaid)).toEqual([
      `${failing} -.->|"✗ expected 1"| ${node('onFailure: fail')}`,
      `${failing} -.->|"✗ 1 missing"| ${node('no record')}`,
    ]);
    expect(mermaid).toContain(`  class ${failing} failed`);
  });

  it('draws records at the wrong destination in red, apart from where they were expected', () => {
    const r = report(true);
    // 'succeeds' expected onSuccess; both records went to the failure queue.
    r.passed = false;
    Object.assign(r.cases[0], {
      passed: false,
      received: 0,
      wrongDestination: 2,
      records: r.cases[0].records.map((x) => ({ ...x, destination: 'onFailure', destinationArn: FAIL_Q })),
      failures: [{ kind: 'wrongDestination', message: '2 of 2 records went to onFailure' }],
    });
    const mermaid = diagramOf(renderMarkdown(r));
    const node = nodeIn(mermaid);
    const wrong = node('succeeds ×2');
    expect(redLinks(mermaid)).toEqual([
      `${wrong} -->|"✗ 2 wrong destination"| ${node('onFailure: fail')}`,
      `${wrong} -.->|"✗ expected 2"| ${node('onSuccess: ok')}`,
    ]);
    // The other case's records reached the same queue as expected: that edge stays plain.
    expect(mermaid).toContain(`  ${node('fails | pipes ×1')} -->|1| ${node('onFailure: fail')}`);
    expect(mermaid).toContain(`  class ${wrong} failed`);
  });

  it('draws records that arrived where expected but failed a check in red', () => {
    const r = report(true);
    r.passed = false;
    Object.assign(r.cases[0], {
      passed: false,
      failures: [{ kind: 'field', field: 'requestPayload', message: '2 records differ in requestPayload' }],
    });
    const mermaid = diagramOf(renderMarkdown(r));
    const node = nodeIn(mermaid);
    expect(redLinks(mermaid)).toEqual([`${node('succeeds ×2')} -->|"✗ 2"| ${node('onSuccess: ok')}`]);
  });
});

describe('the Markdown heading', () => {
  it("names the service: the one asked for, else serverless.yml's", () => {
    expect(renderMarkdown(report(true)).split('\n')[0]).toBe('## Lambda destinations: ✅ passed');
    expect(renderMarkdown({ ...report(true), service: 'orders' }).split('\n')[0]).toBe(
      '## Lambda destinations of `orders`: ✅ passed',
    );
    expect(
      renderMarkdown({ ...report(false), service: 'orders' }, { service: 'apps/orders' }).split('\n')[0],
    ).toBe('## Lambda destinations of `apps/orders`: ❌ failed');
  });
});

describe("the doctor's Markdown", () => {
  it('says what was checked, names the service, and lists each finding but the oks', () => {
    const md = renderDoctorMarkdown(
      [
        { level: 'ok', check: 'function', subject: FN, message: 'function found' },
        {
          level: 'error',
          check: 'permission',
          subject: FAIL_Q,
          message: `the role r lacks sqs:SendMessage on ${FAIL_Q}`,
        },
        { level: 'skipped', check: 'permission', subject: OK_Q, message: 'cannot simulate | the role' },
      ],
      { service: 'apps/orders', stage: 'dev', region: 'eu-west-1', cloud: 'aws' },
    );
    expect(md.split('\n')).toEqual([
      '## Lambda destinations of `apps/orders`: dry run, ❌ 1 error',
      '',
      "The function, its destinations and its role's permissions, checked on aws `eu-west-1`, stage `dev`; nothing was deployed or invoked.",
      '',
      `- **error**: the role r lacks sqs:SendMessage on ${FAIL_Q}`,
      '- **skipped**: cannot simulate \\| the role',
      '',
    ]);
    expect(renderDoctorMarkdown([], { region: 'us-east-1', cloud: 'local' })).toContain('No problems found.');
  });
});

/** The lines of the Markdown's Mermaid block. */
function diagramOf(md: string): string[] {
  return md
    .slice(md.indexOf('```mermaid') + '```mermaid\n'.length, md.lastIndexOf('```'))
    .trimEnd()
    .split('\n');
}

/** The id of the node labelled `label`. */
function nodeIn(mermaid: string[]) {
  return (label: string) => {
    const escaped = label.replace(/[|()[\]]/g, '\\$&');
    const id = new RegExp(`^  (n\\d+)[[(]{1,2}"${escaped}"`).exec(
      mermaid.find((l) => l.includes(`"${label}"`)) ?? '',
    )?.[1];
    if (!id) throw new Error(`no node '${label}' in\n${mermaid.join('\n')}`);
    return id;
  };
}

/** The links that linkStyle draws red, by their definition. */
function redLinks(mermaid: string[]): string[] {
  const links = mermaid.filter((l) => / -\.?->/.test(l)).map((l) => l.trim());
  const style = mermaid.find((l) => l.trim().startsWith('linkStyle '));
  if (!style) return [];
  expect(style).toMatch(/stroke:#d1242f/);
  return style
    .trim()
    .split(' ')[1]
    .split(',')
    .map((i) => links[Number(i)]);
}

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
