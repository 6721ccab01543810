// A suite: several services on one local cloud, infra first, apps sharing a destination verified one
// after another, packages reused when their inputs did not change; and the one table it prints.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { main } from '../src/cli.js';
import { exitCodeOf, type Report, renderSuite, runSuite, type SuiteResult } from '../src/index.js';
import { HELLO } from './helpers.js';

const INFRA = `service: suite-infra
provider:
  name: aws
  runtime: nodejs20.x
resources:
  Resources:
    Ok:
      Type: AWS::SQS::Queue
      Properties: { QueueName: 'suite-ok-\${sls:stage}' }
    Fail:
      Type: AWS::SQS::Queue
      Properties: { QueueName: 'suite-fail-\${sls:stage}' }
`;
/** An app sending to the infra's queues by ARN, as the arn-based pattern does. */
const app = (name: string) => `service: ${name}
provider:
  name: aws
  runtime: nodejs20.x
  iam:
    role:
      statements:
        - { Effect: Allow, Action: sqs:SendMessage, Resource: '*' }
package:
  patterns: ['!**', 'index.mjs']
functions:
  hello:
    handler: index.handler
    maximumRetryAttempts: 0
    destinations:
      onSuccess:
        type: sqs
        arn: !Sub 'arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:suite-ok-\${sls:stage}'
      onFailure:
        type: sqs
        arn: !Sub 'arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:suite-fail-\${sls:stage}'
`;
const SPEC = `function: hello
cases:
  - name: succeeds
    payload: { "Success": true }
    invocations: 2
    expect: { destination: onSuccess }
  - name: fails
    payload: { "Success": false }
    expect: { destination: onFailure }
`;

const root = mkdtempSync(path.join(tmpdir(), 'suite-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
function service(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}
const infra = service('suite-infra', { 'serverless.yml': INFRA });
const one = service('suite-one', {
  'serverless.yml': app('suite-one'),
  'index.mjs': HELLO,
  'destinations.yml': SPEC,
});
const two = service('suite-two', {
  'serverless.yml': app('suite-two'),
  'index.mjs': HELLO,
  'destinations.yml': SPEC,
});

describe('a suite on an in-process local cloud', () => {
  let out: string[];
  let err: string[];
  beforeEach(() => {
    out = [];
    err = [];
    jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('from the CLI: infra first, both apps verified one after the other, one table', async () => {
    const json = path.join(root, 'suite.json');
    const code = await main([
      'e2e',
      '--infra',
      infra,
      one,
      two,
      '--stage',
      'st',
      '--repackage',
      '--json',
      json,
    ]);
    expect({ code, err: err.filter((l) => /failed/.test(l)) }).toEqual({ code: 0, err: [] });
    const table = out.join('\n').split('\n');
    expect(table[0]).toMatch(/^\| service +\| case +\| destination +\| expected \| received \| verdict \|$/);
    expect(table.filter((l) => /\| PASS +\|$/.test(l))).toHaveLength(4);
    expect(table.at(-1)).toMatch(/^PASSED in [\d.]+ s \(package .*, deploy .*, verify .*, remove .*\)$/);
    // They share both queues: the second begins once the first is done.
    const turns = err.filter((l) => /: verif(ying|ied)/.test(l)).map((l) => l.replace(/ in .*/, ''));
    const [first, second] = turns[0].startsWith('suite-one')
      ? ['suite-one', 'suite-two']
      : ['suite-two', 'suite-one'];
    expect(turns).toEqual([
      `${first}: verifying`,
      `${first}: verified`,
      `${second}: verifying after ${first}`,
      `${second}: verified`,
    ]);
    const result = JSON.parse(readFileSync(json, 'utf8')) as SuiteResult;
    expect(result).toMatchObject({ passed: true, stage: 'st', errors: [], problems: [] });
    expect(result.rows.map((r) => [r.service, r.case, r.destination, r.received])).toEqual([
      ['suite-one', 'succeeds', 'onSuccess (SQS suite-ok-st)', 2],
      ['suite-one', 'fails', 'onFailure (SQS suite-fail-st)', 1],
      ['suite-two', 'succeeds', 'onSuccess (SQS suite-ok-st)', 2],
      ['suite-two', 'fails', 'onFailure (SQS suite-fail-st)', 1],
    ]);
  }, 300_000);

  it('reuses the packages of unchanged services, and packages a changed one again', async () => {
    writeFileSync(path.join(two, 'index.mjs'), `${HELLO}\n// changed\n`);
    const lines: string[] = [];
    const result = await runSuite({
      services: [
        { name: 'infra', serviceDir: infra, infra: true },
        { name: 'one', serviceDir: one },
        { name: 'two', serviceDir: two },
      ],
      stage: 'st',
      onLog: (line) => lines.push(line),
    });
    expect(result.passed).toBe(true);
    expect(lines.filter((l) => /: packaged/.test(l)).sort()).toEqual([
      'infra: packaged already, inputs unchanged',
      'one: packaged already, inputs unchanged',
      expect.stringMatching(/^two: packaged in [\d.]+ s$/),
    ]);
  }, 300_000);

  it('says which step of which service broke, and goes on with the others', async () => {
    const broken = service('suite-broken', {
      'serverless.yml': 'service: [not, a, name]\n',
      'destinations.yml': SPEC,
    });
    const result = await runSuite({
      services: [
        { name: 'infra', serviceDir: infra, infra: true },
        { name: 'broken', serviceDir: broken },
        { name: 'one', serviceDir: one },
      ],
      stage: 'st',
    });
    expect(result.passed).toBe(false);
    expect(result.rows.map((r) => [r.service, r.case, r.passed])).toEqual([
      ['broken', '(package)', false],
      ['one', 'succeeds', true],
      ['one', 'fails', true],
    ]);
    expect(result.problems).toEqual([
      expect.stringMatching(/^broken: package failed: '\S+ package' failed \(exit 1\)/),
    ]);
  }, 300_000);
});

describe('the suite table', () => {
  const result: SuiteResult = {
    passed: false,
    stage: 'dev',
    region: 'us-east-1',
    rows: [
      {
        service: 'a',
        case: 'succeeds',
        destination: 'onSuccess (SQS ok)',
        expected: 3,
        received: 3,
        passed: true,
      },
      { service: 'b', case: '(deploy)', destination: '', expected: '', received: '', passed: false },
    ],
    problems: ['b: deploy failed: no such bucket'],
    errors: [{ service: 'b', step: 'deploy', message: 'no such bucket' }],
    reports: {},
    spans: { package: { from: 0, to: 1200 }, deploy: { from: 1100, to: 2500 } },
    durationMs: 2600,
  };

  it('has one row a case or broken step, the problems, and the time each step spanned', () => {
    expect(renderSuite(result, { serviceColumn: 'pattern' })).toBe(
      [
        '| pattern | case     | destination        | expected | received | verdict |',
        '|---------|----------|--------------------|----------|----------|---------|',
        '| a       | succeeds | onSuccess (SQS ok) | 3        | 3        | PASS    |',
        '| b       | (deploy) |                    |          |          | FAIL    |',
        '  - b: deploy failed: no such bucket',
        '',
        'FAILED in 2.6 s (package 0.0 s-1.2 s, deploy 1.1 s-2.5 s)',
      ].join('\n'),
    );
  });
});

describe('exitCodeOf', () => {
  const report = (passed: boolean, removeError?: string) =>
    ({ passed, deployment: { deployed: true, removed: !removeError, removeError } }) as Report;
  it('is 0 only when every case passed and the stage, if asked, is gone', () => {
    expect(exitCodeOf(report(true))).toBe(0);
    expect(exitCodeOf(report(false))).toBe(1);
    expect(exitCodeOf(report(true, 'stack ended in DELETE_FAILED'))).toBe(1);
  });
});
