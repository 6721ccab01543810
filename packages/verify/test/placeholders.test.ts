// A service with resource types the local cloud does not serve: e2e deploys them as inert placeholders
// and passes, the report (table, JSON, Markdown) and `doctor` list them; strict mode fails naming each.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deployStage, removeStage, StackOperationError } from '@destinations-action/deploy';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Ajv } from 'ajv';
import { main } from '../src/cli.js';
import {
  doctor,
  e2e,
  renderMarkdown,
  renderSuite,
  renderTable,
  runSuite,
  writeJsonReport,
} from '../src/index.js';
import { HELLO } from './helpers.js';

const SERVERLESS = `service: notemulated
frameworkVersion: '3 || 4'
provider:
  name: aws
  runtime: nodejs20.x
  iam:
    role:
      statements:
        - Effect: Allow
          Action: sqs:SendMessage
          Resource: '*'
        - Effect: Allow
          Action: kinesis:PutRecord
          Resource: !GetAtt Stream.Arn
functions:
  hello:
    handler: index.handler
    maximumRetryAttempts: 0
    environment:
      STREAM: !Ref Stream
      POOL_ID: !Ref Pool
    destinations:
      onSuccess:
        type: sqs
        arn: !GetAtt OkQueue.Arn
resources:
  Resources:
    OkQueue:
      Type: AWS::SQS::Queue
    Stream:
      Type: AWS::Kinesis::Stream
      Properties:
        ShardCount: 1
    Pool:
      Type: AWS::Cognito::UserPool
`;
const SPEC = `function: hello
cases:
  - name: succeeds
    payload: { "Success": true }
    expect: { destination: onSuccess, responsePayload: { statusCode: 200 } }
`;
const NOT_EMULATED = [
  { logicalId: 'Stream', type: 'AWS::Kinesis::Stream' },
  { logicalId: 'Pool', type: 'AWS::Cognito::UserPool' },
];

const dir = mkdtempSync(path.join(tmpdir(), 'placeholders-'));
writeFileSync(path.join(dir, 'serverless.yml'), SERVERLESS);
writeFileSync(path.join(dir, 'destinations.yml'), SPEC);
writeFileSync(path.join(dir, 'index.mjs'), HELLO);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let cloud: RunningCloud;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
});
afterAll(() => cloud.stop());

const target = { serviceDir: dir, region: 'us-east-1', handleSignals: false } as const;

describe('resource types the local cloud does not serve', () => {
  it('e2e deploys them as placeholders, passes, and its reports list them', async () => {
    const progress: string[] = [];
    const report = await e2e({
      ...target,
      stage: 'lenient',
      endpoint: cloud.url,
      onProgress: (e) => progress.push(e.message),
    });
    expect(report.passed).toBe(true);
    expect(report.placeholders).toEqual(
      NOT_EMULATED.map((p) =>
        expect.objectContaining({
          ...p,
          reason: expect.stringContaining('a handler that calls it will fail'),
        }),
      ),
    );
    expect(progress).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^warning: not emulated: Stream: AWS::Kinesis::Stream is not/),
      ]),
    );

    const table = renderTable(report);
    expect(table).toContain(
      'warning: Not emulated by the local cloud: inert placeholders stand in for these resources (their Ref and Fn::GetAtt values have AWS formats); a handler that calls one will fail.',
    );
    expect(table).toContain('  Stream (AWS::Kinesis::Stream)\n  Pool (AWS::Cognito::UserPool)');
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('### Not emulated');
    expect(markdown).toContain('| Pool | `AWS::Cognito::UserPool` |');

    const file = path.join(dir, 'report.json');
    await writeJsonReport(report, file);
    const schema = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(validate(written)).toBe(true);
    expect(written.placeholders.map((p: { logicalId: string }) => p.logicalId)).toEqual(['Stream', 'Pool']);
  });

  it('strict e2e fails the deploy naming each, and the CLI takes --strict', async () => {
    const err = (await e2e({ ...target, stage: 'strict', endpoint: cloud.url, strict: true }).catch(
      (e) => e,
    )) as StackOperationError;
    expect(err).toBeInstanceOf(StackOperationError);
    expect(err.failures.map((f) => f.logicalId)).toEqual(['Stream', 'Pool']);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // A stack the local cloud refuses is a configuration error: exit 2, one message naming each.
      expect(
        await main(['e2e', dir, '--stage', 'strictcli', '--endpoint', cloud.url, '--strict', '--quiet']),
      ).toBe(2);
      expect(error.mock.calls.flat().join('\n')).toMatch(
        /Stream \(AWS::Kinesis::Stream\): Resource type AWS::Kinesis::Stream of resource Stream is not emulated/,
      );
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });

  it('doctor lists them as warnings of the deployed stage, or as errors with --strict', async () => {
    const stage = {
      cloud: 'local' as const,
      serviceDir: dir,
      stage: 'kept',
      region: 'us-east-1',
      endpoint: cloud.url,
    };
    await deployStage(stage);
    try {
      const options = {
        serviceDir: dir,
        stage: 'kept',
        region: 'us-east-1',
        cloud: 'local' as const,
        endpoint: cloud.url,
      };
      const problems = await doctor(options);
      expect(problems.filter((p) => p.check === 'placeholder')).toEqual([
        {
          level: 'warning',
          check: 'placeholder',
          subject: 'Stream',
          message:
            'Stream (AWS::Kinesis::Stream) is not emulated by the local cloud, only an inert placeholder: a handler that calls it will fail',
        },
        expect.objectContaining({ level: 'warning', subject: 'Pool' }),
      ]);
      const out: string[] = [];
      const log = jest.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
      try {
        const args = ['doctor', dir, '--stage', 'kept', '--endpoint', cloud.url, '--cloud', 'local'];
        expect(await main(args)).toBe(0);
        expect(out).toContain(`warning: ${problems.find((p) => p.subject === 'Stream')!.message}`);
        expect(await main([...args, '--strict'])).toBe(1);
        expect(out).toContain(
          'error: Stream (AWS::Kinesis::Stream) is not emulated by the local cloud, only an inert placeholder: a handler that calls it will fail; strict mode allows none',
        );
      } finally {
        log.mockRestore();
      }
    } finally {
      await removeStage(stage);
    }
  });

  it('a suite lists them per service in its table, and fails them with strict', async () => {
    const suite = (strict?: boolean) =>
      runSuite({
        services: [{ name: 'notemulated', serviceDir: dir }],
        stage: 'suite',
        endpoint: cloud.url,
        strict,
      });
    const result = await suite();
    expect(result.passed).toBe(true);
    expect(result.placeholders?.map((p) => `${p.service} ${p.logicalId}`)).toEqual([
      'notemulated Stream',
      'notemulated Pool',
    ]);
    expect(result.reports.notemulated.placeholders).toHaveLength(2);
    expect(renderSuite(result)).toContain('  - notemulated: Stream (AWS::Kinesis::Stream)');
    const strict = await suite(true);
    expect(strict.passed).toBe(false);
    expect(strict.errors).toEqual([
      expect.objectContaining({
        service: 'notemulated',
        step: 'deploy',
        message: expect.stringContaining('Pool (AWS::Cognito::UserPool)'),
      }),
    ]);
  });
});
