// kill -9 in the middle of a load, restart with the same --state-dir, and every failure record arrives exactly
// once: a child local cloud (`local-cloud start --state-dir D`) takes N asynchronous invocations of a function
// that always throws, with two retries and an SQS on-failure destination; it is SIGKILLed once some records
// are in the queue, restarted on the same directory, and the queue ends with one record per request id, each
// after three attempts, and nothing left pending in the state directory.
// Needs node:sqlite (Node.js 22.13+); skipped with a notice on an older Node.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvokeCommand, LambdaClient, PutFunctionEventInvokeConfigCommand } from '@aws-sdk/client-lambda';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { afterAll, describe, expect, it } from '@jest/globals';
import { sqliteModule } from '../src/persistence/database.js';
import { clientConfig, createFixtureFunction } from './fixtures/lambda/helpers.js';

const HAVE_SQLITE = sqliteModule() !== undefined;
if (!HAVE_SQLITE) {
  console.warn(
    `persistence tests skipped: node:sqlite needs Node.js 22.13+, this is ${process.versions.node}`,
  );
}
const describeSqlite = HAVE_SQLITE ? describe : describe.skip;

const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(here, '..');
const INVOCATIONS = 150;
const QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:failures';
/** Bounds on waiting, so a lost record fails the test instead of hanging it (not timing assertions). */
const WAIT_LIMIT_MS = 120_000;

const dir = mkdtempSync(path.join(tmpdir(), 'local-cloud-kill-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `local-cloud start --state-dir dir` in a child process; answers it and its endpoint. */
async function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(here, 'fixtures/persistence/cli.ts'),
      '--port',
      '0',
      '--state-dir',
      dir,
      '--time-scale',
      '0.001',
      '--log-level',
      'error',
    ],
    { cwd: packageDir, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (d: string) => {
      out += d;
      const m = /^local-cloud (http:\/\/\S+) /m.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`local-cloud exited with ${code} before listening`)));
  });
  return { child, url };
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function depth(sqs: SQSClient, QueueUrl: string): Promise<number> {
  const a = (
    await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    )
  ).Attributes;
  return Number(a?.ApproximateNumberOfMessages) + Number(a?.ApproximateNumberOfMessagesNotVisible);
}

/** Rows of a table of the state directory's database, read while no local cloud has it open. */
function count(table: string): number {
  const db = new (sqliteModule()!.DatabaseSync)(path.join(dir, 'state.sqlite'));
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeSqlite('kill -9 with --state-dir', () => {
  it(
    'delivers every failure record exactly once across a SIGKILL and a restart',
    async () => {
      const first = await startChild();
      let lambda = new LambdaClient(clientConfig(first.url));
      let sqs = new SQSClient(clientConfig(first.url));
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'failures' }));
      await createFixtureFunction(lambda, 'fails', 'node', { Timeout: 5 });
      await lambda.send(
        new PutFunctionEventInvokeConfigCommand({
          FunctionName: 'fails',
          MaximumRetryAttempts: 2,
          DestinationConfig: { OnFailure: { Destination: QUEUE_ARN } },
        }),
      );
      const requestIds = new Set<string>();
      for (let i = 0; i < INVOCATIONS; i++) {
        const out = await lambda.send(
          new InvokeCommand({
            FunctionName: 'fails',
            InvocationType: 'Event',
            Payload: Buffer.from(JSON.stringify({ mode: 'throw', n: i })),
          }),
        );
        expect(out.StatusCode).toBe(202);
        requestIds.add(out.$metadata.requestId!);
      }
      expect(requestIds.size).toBe(INVOCATIONS);
      // Kill once some records (not all) are in: events are then pending, running and done.
      const before = Date.now();
      let atKill = await depth(sqs, QueueUrl!);
      while (atKill < 10 && Date.now() - before < WAIT_LIMIT_MS) {
        await sleep(20);
        atKill = await depth(sqs, QueueUrl!);
      }
      await killed(first.child);
      lambda.destroy();
      sqs.destroy();
      expect(atKill).toBeGreaterThanOrEqual(10);
      // Some events were still pending (waiting for a retry or running) when the process died.
      expect(count('lambda_event')).toBeGreaterThan(0);

      const second = await startChild();
      lambda = new LambdaClient(clientConfig(second.url));
      sqs = new SQSClient(clientConfig(second.url));
      const records: { requestId: string; count: number; condition: string }[] = [];
      const started = Date.now();
      while (records.length < INVOCATIONS && Date.now() - started < WAIT_LIMIT_MS) {
        const got = await sqs.send(
          new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
        );
        for (const m of got.Messages ?? []) {
          const r = JSON.parse(m.Body!) as {
            requestContext: { requestId: string; condition: string; approximateInvokeCount: number };
          };
          records.push({
            requestId: r.requestContext.requestId,
            count: r.requestContext.approximateInvokeCount,
            condition: r.requestContext.condition,
          });
        }
        if (got.Messages?.length) {
          await sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl,
              Entries: got.Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
            }),
          );
        }
      }
      lambda.destroy();
      sqs.destroy();
      second.child.kill('SIGTERM');
      await new Promise((r) => second.child.once('exit', r));

      // Nothing is pending any more, so no further record can come: the list is complete.
      expect(count('lambda_event')).toBe(0);
      expect(count('sqs_message')).toBe(0);
      expect(records.length).toBe(INVOCATIONS);
      expect(new Set(records.map((r) => r.requestId))).toEqual(requestIds);
      expect(records.every((r) => r.condition === 'RetriesExhausted' && r.count === 3)).toBe(true);
    },
    4 * WAIT_LIMIT_MS,
  );
});
