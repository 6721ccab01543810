// e2e on the local cloud: deploy a Serverless service, verify it, remove it; what it deployed and
// removed is in the report and in the state file, also when the removal fails.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { deployStage, deployTemplate, removeStack } from '@destinations-action/deploy';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { main } from '../src/cli.js';
import { e2e, type ProgressEvent, readRunState, removeRecordedStage } from '../src/index.js';
import { HELLO } from './helpers.js';

const SERVERLESS = `service: e2etest
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
functions:
  hello:
    handler: index.handler
    maximumRetryAttempts: 1
    destinations:
      onSuccess:
        type: sqs
        arn: !GetAtt OkQueue.Arn
      onFailure:
        type: sqs
        arn: !GetAtt FailQueue.Arn
resources:
  Resources:
    OkQueue:
      Type: AWS::SQS::Queue
    FailQueue:
      Type: AWS::SQS::Queue
  Outputs:
    OkQueueArn:
      Value: !GetAtt OkQueue.Arn
      Export:
        Name: e2etest-\${sls:stage}-ok
`;
const SPEC = `function: hello
cases:
  - name: succeeds
    payload: { "Success": true }
    invocations: 2
    expect: { destination: onSuccess, responsePayload: { statusCode: 200 } }
  - name: fails
    payload: { "Success": false }
    expect: { destination: onFailure, approximateInvokeCount: 2 }
`;

/** A stack of another team that imports the stage's export: CloudFormation won't delete the stage under it. */
const IMPORTER = JSON.stringify({
  Resources: {
    Q: {
      Type: 'AWS::SQS::Queue',
      Properties: { Tags: [{ Key: 'source', Value: { 'Fn::ImportValue': 'e2etest-pinned-ok' } }] },
    },
  },
});

/** A service the next one needs: a queue it exports, which the other imports. */
const INFRA = `service: e2einfra
frameworkVersion: '3 || 4'
provider:
  name: aws
resources:
  Resources:
    Shared:
      Type: AWS::SQS::Queue
  Outputs:
    SharedArn:
      Value: !GetAtt Shared.Arn
      Export:
        Name: e2einfra-\${sls:stage}-shared
`;
/** The e2e service, importing the infra's export: it cannot deploy before it, and holds it until removed. */
const NEEDING = SERVERLESS.replace('service: e2etest', 'service: e2eneeds').replace(
  '    FailQueue:\n      Type: AWS::SQS::Queue\n',
  `    FailQueue:
      Type: AWS::SQS::Queue
      Properties:
        Tags:
          - Key: source
            Value: !ImportValue e2einfra-\${sls:stage}-shared
`,
);

const dir = mkdtempSync(path.join(tmpdir(), 'e2e-'));
writeFileSync(path.join(dir, 'serverless.yml'), SERVERLESS);
writeFileSync(path.join(dir, 'destinations.yml'), SPEC);
writeFileSync(path.join(dir, 'index.mjs'), HELLO);
const infraDir = path.join(dir, 'infra');
const needingDir = path.join(dir, 'needing');
mkdirSync(infraDir);
mkdirSync(needingDir);
writeFileSync(path.join(infraDir, 'serverless.yml'), INFRA);
writeFileSync(path.join(needingDir, 'serverless.yml'), NEEDING);
writeFileSync(path.join(needingDir, 'destinations.yml'), SPEC);
writeFileSync(path.join(needingDir, 'index.mjs'), HELLO);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('e2e on an in-process local cloud', () => {
  it('deploys a Serverless service, verifies it and removes it', async () => {
    const events: ProgressEvent[] = [];
    const report = await e2e({
      serviceDir: dir,
      stage: 'test',
      region: 'us-east-1',
      handleSignals: false,
      onProgress: (e) => events.push(e),
    });
    const phases = events.map((e) => e.phase);
    expect(report.cases.map((c) => [c.name, c.passed, c.received])).toEqual([
      ['succeeds', true, 2],
      ['fails', true, 1],
    ]);
    expect(report).toMatchObject({ cloud: 'local', stage: 'test' });
    expect(report.functionArn).toContain(':function:e2etest-test-hello');
    expect(report.deployment).toEqual({ deployed: true, removed: true, stackName: 'e2etest-test' });
    expect(phases).toEqual(expect.arrayContaining(['deploy', 'fire', 'collect', 'remove']));
    // One clock for the whole run: verify's phases go on counting from the deploy, never back to 0.
    const backwards = events.filter((e, i) => i > 0 && e.elapsedMs < events[i - 1].elapsedMs);
    expect(backwards.map((e) => `${e.phase} ${e.elapsedMs} ms`)).toEqual([]);
    expect(report.service).toBe('e2etest');
  });
});

describe('e2e of a service that needs another', () => {
  it('deploys the one it needs first, removes it last, and records both', async () => {
    expect(NEEDING).toContain('!ImportValue e2einfra-');
    const events: ProgressEvent[] = [];
    const stateFile = path.join(dir, 'needs-state.json');
    const report = await e2e({
      serviceDir: needingDir,
      needs: [infraDir],
      stage: 'test',
      region: 'us-east-1',
      handleSignals: false,
      stateFile,
      onProgress: (e) => events.push(e),
    });
    expect(report.passed).toBe(true);
    // Removed in reverse: the infra first would fail, its export still imported.
    expect(report.deployment).toEqual({ deployed: true, removed: true, stackName: 'e2eneeds-test' });
    const deploys = events.filter((e) => e.phase === 'deploy' && e.message.startsWith('deploying'));
    expect(deploys.map((e) => e.message)).toEqual([
      expect.stringContaining(`deploying ${infraDir} stage test to local first`),
      expect.stringContaining(`deploying ${needingDir} stage test`),
    ]);
    expect(readRunState(stateFile)).toMatchObject({
      stage: {
        target: { serviceDir: needingDir, stackName: 'e2eneeds-test' },
        deployed: true,
        removed: true,
      },
      needs: [
        { target: { serviceDir: infraDir, stackName: 'e2einfra-test' }, deployed: true, removed: true },
      ],
    });
  });
});

describe('e2e whose removal fails, on a running local cloud', () => {
  let cloud: RunningCloud;
  beforeAll(async () => {
    cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  });
  afterAll(() => cloud.stop());

  it('reports the stage as still there, records it, and a later removal from the record succeeds', async () => {
    const target = {
      cloud: 'local' as const,
      serviceDir: dir,
      stage: 'pinned',
      region: 'us-east-1',
      endpoint: cloud.url,
    };
    await deployStage(target);
    await deployTemplate({ stackName: 'importer', templateBody: IMPORTER, endpoint: cloud.url });
    const stateFile = path.join(dir, 'state.json');

    const report = await e2e({ ...target, handleSignals: false, stateFile });
    expect(report.passed).toBe(true);
    expect(report.deployment).toEqual({
      deployed: true,
      removed: false,
      stackName: 'e2etest-pinned',
      removeError: expect.stringContaining(
        'Export e2etest-pinned-ok cannot be deleted as it is in use by importer',
      ),
    });
    expect(readRunState(stateFile)).toMatchObject({
      created: [],
      stage: { target: { ...target, stackName: 'e2etest-pinned' }, deployed: true, removed: false },
    });

    // Another process, knowing only the file, removes the stage once nothing holds it.
    await removeStack({ stackName: 'importer', endpoint: cloud.url });
    const out: string[] = [];
    const log = jest
      .spyOn(console, 'log')
      .mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
    try {
      expect(await main(['cleanup', stateFile])).toBe(0);
      expect(out).toContain('stage pinned is still deployed; --remove-stage removes it');
      expect(readRunState(stateFile)?.stage?.removed).toBe(false);
      expect(await main(['cleanup', stateFile, '--remove-stage'])).toBe(0);
      expect(out).toContain('stage pinned removed');
    } finally {
      log.mockRestore();
    }
    expect(readRunState(stateFile)?.stage).toEqual({
      target: { ...target, stackName: 'e2etest-pinned' },
      deployed: true,
      removed: true,
    });
    const cfn = new CloudFormationClient({
      endpoint: cloud.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    await expect(cfn.send(new DescribeStacksCommand({ StackName: 'e2etest-pinned' }))).rejects.toThrow(
      'does not exist',
    );
    cfn.destroy();
    // Nothing is left to remove: a second call does nothing.
    expect(await removeRecordedStage(stateFile)).toBeUndefined();
  });
});
