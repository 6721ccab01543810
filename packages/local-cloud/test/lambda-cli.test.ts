import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { LambdaClient, PutFunctionEventInvokeConfigCommand } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clientConfig, createFixtureFunction, HAS_PYTHON } from './fixtures/lambda/helpers.js';

const run = promisify(execFile);
const AWS_V2 = '/usr/bin/aws';
const present = existsSync(AWS_V2) && HAS_PYTHON;
if (!present)
  console.warn(`lambda-cli: ${AWS_V2} (AWS CLI v2) or python3 is absent; the CLI test is skipped`);

let cloud: RunningCloud;
let dir: string;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  dir = mkdtempSync(path.join(tmpdir(), 'lambda-cli-'));
});
afterAll(async () => {
  await cloud.stop();
  rmSync(dir, { recursive: true, force: true });
});

function aws(...args: string[]) {
  return run(AWS_V2, [...args, '--endpoint-url', cloud.url, '--output', 'json'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_PAGER: '',
    },
  });
}

(present ? it : it.skip)(
  "the guide's Python handler, invoked with the AWS CLI v2, leaves the guide's record in SQS",
  async () => {
    const config = clientConfig(cloud.url);
    const sqs = new SQSClient(config);
    const lambda = new LambdaClient(config);
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'guide-failures' }));
    await createFixtureFunction(lambda, 'guide-fn', 'python');
    await lambda.send(
      new PutFunctionEventInvokeConfigCommand({
        FunctionName: 'guide-fn',
        DestinationConfig: {
          OnFailure: { Destination: 'arn:aws:sqs:us-east-1:000000000000:guide-failures' },
        },
      }),
    );
    const invoked = await aws(
      'lambda',
      'invoke',
      '--invocation-type',
      'Event',
      '--cli-binary-format',
      'raw-in-base64-out',
      '--payload',
      '{"Success":false}',
      '--function-name',
      'guide-fn',
      'out.json',
    );
    expect(JSON.parse(invoked.stdout)).toEqual({ StatusCode: 202 });
    expect(readFileSync(path.join(dir, 'out.json'), 'utf8')).toBe('');
    let messages: { Body: string }[] = [];
    for (let i = 0; i < 20 && messages.length === 0; i++) {
      const out = await aws('sqs', 'receive-message', '--queue-url', QueueUrl!, '--wait-time-seconds', '1');
      messages = out.stdout.trim() ? (JSON.parse(out.stdout).Messages ?? []) : [];
    }
    expect(messages).toHaveLength(1);
    const record = JSON.parse(messages[0].Body);
    expect(record).toMatchObject({
      version: '1.0',
      requestContext: {
        functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:guide-fn:$LATEST',
        condition: 'RetriesExhausted',
        approximateInvokeCount: 3,
      },
      requestPayload: { Success: false },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      responsePayload: { errorMessage: 'Some serious failure', errorType: 'Exception' },
    });
    expect(record.responsePayload.requestId).toBe(record.requestContext.requestId);
    expect(record.responsePayload.stackTrace[0]).toMatch(/^ {2}File ".*handler\.py", line \d+, in hello\n/);
  },
);
