import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as localCloud from '@destinations-action/local-cloud';
import { describe, expect, it } from '@jest/globals';
import { e2e } from '../src/index.js';
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

// The stack engine is another part of the local cloud; until it is exported, there is nothing to deploy with.
const canDeploy = typeof (localCloud as Record<string, unknown>).deployServerless === 'function';
if (!canDeploy) console.warn('e2e test skipped: the local cloud does not export deployServerless yet');

describe('e2e on an in-process local cloud', () => {
  (canDeploy ? it : it.skip)(
    'deploys a Serverless service, verifies it and removes it',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'e2e-'));
      writeFileSync(path.join(dir, 'serverless.yml'), SERVERLESS);
      writeFileSync(path.join(dir, 'destinations.yml'), SPEC);
      writeFileSync(path.join(dir, 'index.mjs'), HELLO);
      const phases: string[] = [];
      const report = await e2e({
        serviceDir: dir,
        stage: 'test',
        region: 'us-east-1',
        handleSignals: false,
        onProgress: (e) => phases.push(e.phase),
      });
      expect(report.cases.map((c) => [c.name, c.passed, c.received])).toEqual([
        ['succeeds', true, 2],
        ['fails', true, 1],
      ]);
      expect(report).toMatchObject({ cloud: 'local', stage: 'test' });
      expect(report.functionArn).toContain(':function:e2etest-test-hello');
      expect(phases).toEqual(expect.arrayContaining(['deploy', 'fire', 'collect', 'remove']));
    },
    120_000,
  );
});
