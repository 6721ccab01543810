// Local traffic stays local: packaging for a local cloud resolves the framework's cloud variables
// (`${aws:accountId}`) there, and e2e on `local` uses the running local cloud AWS_ENDPOINT_URL names.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { CreateQueueCommand } from '@aws-sdk/client-sqs';
import { deployServerless, removeServerless } from '@destinations-action/deploy';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Clients, createClients } from '../src/clients.js';
import { e2e } from '../src/index.js';
import { HELLO } from './helpers.js';

const SERVERLESS = `service: in-use
frameworkVersion: '3 || 4'
provider:
  name: aws
  runtime: nodejs22.x
  environment:
    ACCOUNT: \${aws:accountId}
  iam:
    role:
      statements:
        - Effect: Allow
          Action: sqs:SendMessage
          Resource: arn:aws:sqs:us-east-1:\${aws:accountId}:made-by-hand
functions:
  hello:
    handler: index.handler
    maximumRetryAttempts: 0
    destinations:
      onSuccess: arn:aws:sqs:us-east-1:\${aws:accountId}:made-by-hand
`;
const SPEC = `function: hello
cases:
  - name: succeeds
    payload: { "Success": true }
    expect: { destination: onSuccess, responsePayload: { statusCode: 200 } }
`;

const dir = mkdtempSync(path.join(tmpdir(), 'in-use-'));
writeFileSync(path.join(dir, 'serverless.yml'), SERVERLESS);
writeFileSync(path.join(dir, 'destinations.yml'), SPEC);
writeFileSync(path.join(dir, 'index.mjs'), HELLO);

let cloud: RunningCloud;
let clients: Clients;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  clients = createClients({ cloud: 'local', endpoint: cloud.url, region: 'us-east-1' });
  // The destination queue "already exists": made by hand, as a user would with the AWS CLI.
  await clients.sqs.send(new CreateQueueCommand({ QueueName: 'made-by-hand' }));
});
afterAll(async () => {
  clients.destroy();
  await cloud.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('packaging for the local cloud', () => {
  it('resolves aws:accountId against the local cloud, not AWS', async () => {
    const result = await deployServerless({ serviceDir: dir, stage: 'acct', endpoint: cloud.url });
    const conf = await clients.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: 'in-use-acct-hello' }),
    );
    expect(conf.Environment?.Variables?.ACCOUNT).toBe('000000000000');
    expect(result.functions[0].onSuccess).toBe('arn:aws:sqs:us-east-1:000000000000:made-by-hand');
    await removeServerless({ serviceDir: dir, stage: 'acct', endpoint: cloud.url });
  });
});

describe('e2e on local with AWS_ENDPOINT_URL set', () => {
  it('uses the running local cloud it names, and says so', async () => {
    const said: string[] = [];
    const saved = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = cloud.url;
    let report: Awaited<ReturnType<typeof e2e>>;
    try {
      report = await e2e({
        serviceDir: dir,
        stage: 'env',
        cloud: 'local',
        region: 'us-east-1',
        handleSignals: false,
        onProgress: (e) => said.push(e.message),
      });
    } finally {
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL;
      else process.env.AWS_ENDPOINT_URL = saved;
    }
    expect(report.endpoint).toBe(cloud.url);
    expect(said).toContain(`using the local cloud at ${cloud.url} (from AWS_ENDPOINT_URL)`);
    // The queue made by hand on that cloud was the destination, and it received the record.
    expect(report.cases[0]).toMatchObject({ passed: true, received: 1 });
  });

  it('refuses an AWS_ENDPOINT_URL where nothing answers, naming it', async () => {
    const saved = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9';
    try {
      await expect(
        e2e({ serviceDir: dir, stage: 'env', cloud: 'local', region: 'us-east-1', handleSignals: false }),
      ).rejects.toThrow('AWS_ENDPOINT_URL names http://127.0.0.1:9, but nothing answers there');
    } finally {
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL;
      else process.env.AWS_ENDPOINT_URL = saved;
    }
  });
});
