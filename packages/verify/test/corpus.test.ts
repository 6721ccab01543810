// The corpus of real-shaped services (corpus/ at the repository's root), each run by the `destinations`
// CLI's `e2e` on one local cloud, one after the other: every one deploys without a placeholder, passes its
// destinations.yml, and left in the cloud what its handlers wrote (checked before its stage is removed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { GetFunctionConfigurationCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { removeServerless } from '@destinations-action/deploy';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import { main } from '../src/cli.js';
import type { Report } from '../src/index.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../corpus');
const STAGE = 'corpus';
const temp = mkdtempSync(path.join(tmpdir(), 'corpus-'));

let cloud: RunningCloud;
const config = (on = cloud) => ({
  endpoint: on.url,
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});

/** What py-layer-ssm's `${ssm:/corpus/py-layer-ssm/currency}` resolves to when it is packaged. */
const putCurrency = (on: RunningCloud) =>
  new SSMClient(config(on)).send(
    new PutParameterCommand({ Name: '/corpus/py-layer-ssm/currency', Type: 'String', Value: 'EUR' }),
  );

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  await putCurrency(cloud);
});
afterAll(async () => {
  await cloud.stop();
  rmSync(temp, { recursive: true, force: true });
});

/**
 * `destinations e2e corpus/<service> --keep --strict` (strict: no placeholder allowed): its exit code,
 * its JSON report and what it printed.
 */
async function e2e(service: string, on = cloud): Promise<{ code: number; report: Report; said: string }> {
  const json = path.join(temp, `${service}.json`);
  const lines: string[] = [];
  const take = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  const log = jest.spyOn(console, 'log').mockImplementation(take);
  const error = jest.spyOn(console, 'error').mockImplementation(take);
  let code: number;
  try {
    const args = ['e2e', path.join(CORPUS, service), '--stage', STAGE, '--endpoint', on.url];
    code = await main([...args, '--keep', '--strict', '--quiet', '--json', json]);
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
  const said = lines.join('\n');
  if (code !== 0) throw new Error(`destinations e2e ${service} exited ${code}:\n${said}`);
  return { code, report: JSON.parse(readFileSync(json, 'utf8')) as Report, said };
}

/** The outputs of a kept stage, read from the stack. */
async function outputs(service: string): Promise<Record<string, string>> {
  const { CloudFormationClient, DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
  const cfn = new CloudFormationClient(config());
  const { Stacks } = await cfn.send(new DescribeStacksCommand({ StackName: `corpus-${service}-${STAGE}` }));
  return Object.fromEntries((Stacks?.[0].Outputs ?? []).map((o) => [o.OutputKey!, o.OutputValue!]));
}

/** Every message a queue holds within a few long polls (none deleted). */
async function messages(queueUrl: string, atLeast: number): Promise<string[]> {
  const sqs = new SQSClient(config());
  const bodies: string[] = [];
  for (let i = 0; i < 20 && bodies.length < atLeast; i++) {
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
        VisibilityTimeout: 30,
      }),
    );
    for (const m of Messages ?? []) bodies.push(m.Body!);
  }
  return bodies;
}

/** Runs one service, checks what the handlers left with `check`, then removes the stage. */
async function runService(service: string, check: () => Promise<void>): Promise<void> {
  const serviceDir = path.join(CORPUS, service);
  try {
    const { report, said } = await e2e(service);
    expect(report.passed).toBe(true);
    expect(report.placeholders ?? []).toEqual([]);
    expect(said).not.toMatch(/not emulated/);
    await check();
  } finally {
    const removed = await removeServerless({ serviceDir, stage: STAGE, endpoint: cloud.url });
    expect(removed).toBeDefined();
  }
}

const RUN = 120_000;

it(
  'http-orders: the processor settled its orders in the DynamoDB table, counting attempts',
  async () => {
    await runService('http-orders', async () => {
      const { OrdersTableName } = await outputs('http-orders');
      const { Item } = await new DynamoDBClient(config()).send(
        new GetItemCommand({ TableName: OrdersTableName, Key: { orderId: { S: 'o-rejected' } } }),
      );
      expect(Item).toMatchObject({
        status: { S: 'REJECTED' },
        attempts: { N: '2' },
        customerId: { S: 'c-1' },
      });
    });
  },
  RUN,
);

it(
  'ts-esbuild: the bundle ran, and the queue subscribed to the failure topic got the records',
  async () => {
    await runService('ts-esbuild', async () => {
      const { IngestFailuresQueueUrl } = await outputs('ts-esbuild');
      const records = (await messages(IngestFailuresQueueUrl, 3)).map((b) => JSON.parse(b));
      expect(records).toHaveLength(3);
      for (const r of records) expect(r.responsePayload.errorType).toBe('InvalidReading');
    });
  },
  RUN,
);

it(
  'py-layer-ssm: the ssm variable was resolved against the local cloud when packaging',
  async () => {
    await runService('py-layer-ssm', async () => {
      // destinations.yml wants "EUR 42.50": EUR is what the framework read, as put before packaging.
      const fn = await new LambdaClient(config()).send(
        new GetFunctionConfigurationCommand({ FunctionName: `corpus-py-layer-ssm-${STAGE}-approve` }),
      );
      expect(fn.Environment?.Variables?.CURRENCY).toBe('EUR');
      expect(fn.Layers).toHaveLength(1);
      // The limit the handler read at run time is the stack's own AWS::SSM::Parameter.
      const { Parameter } = await new SSMClient(config()).send(
        new GetParameterCommand({ Name: `/corpus/py-layer-ssm/${STAGE}/limit` }),
      );
      expect(Parameter?.Value).toBe('100');
    });
  },
  RUN,
);

it(
  'sqs-worker: a job sent to its queue is worked through the event source mapping',
  async () => {
    await runService('sqs-worker', async () => {
      const { JobsQueueUrl, ResultsQueueUrl } = await outputs('sqs-worker');
      await new SQSClient(config()).send(
        new SendMessageCommand({ QueueUrl: JobsQueueUrl, MessageBody: '{"id":"j-9","width":640}' }),
      );
      expect((await messages(ResultsQueueUrl, 1)).map((b) => JSON.parse(b))).toEqual([
        { id: 'j-9', width: 640, thumbnail: 160 },
      ]);
    });
  },
  RUN,
);

it(
  "scheduled-bus: the bus's rule forwarded every success record to the team's queue",
  async () => {
    await runService('scheduled-bus', async () => {
      const { ReportResultsQueueUrl } = await outputs('scheduled-bus');
      const events = (await messages(ReportResultsQueueUrl, 3)).map((b) => JSON.parse(b));
      expect(events).toHaveLength(3);
      for (const e of events) {
        expect(e['detail-type']).toBe('Lambda Function Invocation Result - Success');
        expect(e.detail.responsePayload).toEqual({ day: '2026-01-31', rows: 12, announced: 1 });
      }
    });
  },
  RUN,
);

it(
  'alarm-custom: the custom resource seeded the settings, and the alarm watches delivery failures',
  async () => {
    await runService('alarm-custom', async () => {
      const { AlarmName, SettingsVersion } = await outputs('alarm-custom');
      expect(SettingsVersion).toBe('1');
      const { MetricAlarms } = await new CloudWatchClient(config()).send(
        new DescribeAlarmsCommand({ AlarmNames: [AlarmName] }),
      );
      expect(MetricAlarms?.[0]).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: 'DestinationDeliveryFailures',
        Dimensions: [{ Name: 'FunctionName', Value: `corpus-alarm-custom-${STAGE}-notify` }],
      });
    });
  },
  RUN,
);

// A host python3 without boto3 (a virtual environment without it): the handler signs GetParameter itself.
const venv = path.join(temp, 'no-boto3');
const noBoto3 = spawnSync('python3', ['-m', 'venv', '--without-pip', venv]).status === 0;
if (!noBoto3) console.warn('python3 -m venv failed here; the urllib path of py-layer-ssm is not run');

(noBoto3 ? it : it.skip)(
  'py-layer-ssm on a host without boto3: the handler reads SSM with a signed urllib request',
  async () => {
    const bare = await startLocalCloud({
      port: 0,
      logLevel: 'quiet',
      timeScale: 0.001,
      interpreters: { python: path.join(venv, 'bin', 'python3') },
    });
    try {
      expect(spawnSync(path.join(venv, 'bin', 'python3'), ['-c', 'import boto3']).status).not.toBe(0);
      await putCurrency(bare);
      const { report } = await e2e('py-layer-ssm', bare);
      expect(report.passed).toBe(true);
    } finally {
      await removeServerless({
        serviceDir: path.join(CORPUS, 'py-layer-ssm'),
        stage: STAGE,
        endpoint: bare.url,
      });
      await bare.stop();
    }
  },
  RUN,
);
