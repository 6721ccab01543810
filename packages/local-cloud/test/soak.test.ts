// Soak: asynchronous invocations whose payload decides their fate (30% throw, 5% crash the process, 2% time
// out, the rest succeed) with OnSuccess / OnFailure destinations on SQS, drained by four concurrent readers:
// exactly one record per invocation, with the right condition, error and invoke count, none left behind.
// 500 invocations in `npm test`; LOCAL_CLOUD_LONG=1 runs 10,000.
import { InvokeCommand, LambdaClient, PutFunctionEventInvokeConfigCommand } from '@aws-sdk/client-lambda';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { clientConfig, useCloud } from './fixtures/cloud.js';
import { createFixtureFunction } from './fixtures/lambda/helpers.js';

const LONG = process.env.LOCAL_CLOUD_LONG === '1';
const INVOCATIONS = LONG ? 10_000 : 500;
const READERS = 4;
const SENDERS = 4;
/** Invocations sent whose record has not arrived yet, at most: the queue of events stays short. */
const OPEN_LIMIT = 200;
/** A bound on the whole run, so a lost record fails the test instead of hanging it. */
const RUN_LIMIT_MS = LONG ? 900_000 : 150_000;
/** Give up when no record arrived for this long (a lost record would otherwise wait for RUN_LIMIT_MS). */
const STALL_MS = 60_000;

type Mode = 'throw' | 'crash' | 'timeout' | 'ok';
/** Two functions, one per retry setting, so the invoke counts check both. */
const FUNCTIONS = [
  { name: 'soak-retry-0', retries: 0 },
  { name: 'soak-retry-1', retries: 1 },
] as const;
const ERROR_TYPE: Record<Exclude<Mode, 'ok'>, string> = {
  throw: 'Error',
  crash: 'Runtime.ExitError',
  timeout: 'Sandbox.Timedout',
};

/** Exactly 30, 5 and 2 of every 100 ids throw, crash and time out (37 is prime to 100: a permutation). */
function modeOf(id: number): Mode {
  const r = (id * 37) % 100;
  return r < 30 ? 'throw' : r < 35 ? 'crash' : r < 37 ? 'timeout' : 'ok';
}
const functionOf = (id: number) => FUNCTIONS[id % 2];

// Retry delays are 60 s and 120 s times the scale: 0.6 s here. The event age limit (6 h) becomes 216 s,
// far beyond the time an event waits while at most OPEN_LIMIT are open.
const cloud = useCloud({ timeScale: 0.01 });

interface Received {
  queue: 'success' | 'failure';
  body: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe(`soak: ${INVOCATIONS} asynchronous invocations, ${READERS} readers on the destinations`, () => {
  it(
    'delivers exactly one record per invocation with the right condition and count, and leaves nothing behind',
    async () => {
      const config = { ...clientConfig(cloud.url), maxAttempts: 1 };
      const lambda = new LambdaClient(config);
      const sqs = new SQSClient(config);
      const queues = {} as Record<Received['queue'], { url: string; arn: string }>;
      for (const q of ['success', 'failure'] as const) {
        const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: `soak-${q}` }));
        queues[q] = { url: QueueUrl!, arn: `arn:aws:sqs:us-east-1:000000000000:soak-${q}` };
      }
      for (const f of FUNCTIONS) {
        await createFixtureFunction(lambda, f.name, 'node', { Timeout: 1 });
        await lambda.send(
          new PutFunctionEventInvokeConfigCommand({
            FunctionName: f.name,
            MaximumRetryAttempts: f.retries,
            DestinationConfig: {
              OnSuccess: { Destination: queues.success.arn },
              OnFailure: { Destination: queues.failure.arn },
            },
          }),
        );
      }

      const requestIds = new Map<number, string>();
      const records = new Map<number, Received[]>();
      const strays: string[] = [];
      let received = 0;
      let lastArrival = Date.now();
      let stalled = false;
      let peakRss = process.memoryUsage().rss;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }, 250);
      const started = Date.now();
      const finished = () => received >= INVOCATIONS || stalled;

      let nextId = 0;
      const send = async () => {
        while (nextId < INVOCATIONS) {
          if (nextId - received >= OPEN_LIMIT) {
            if (stalled) return;
            await sleep(5);
            continue;
          }
          const id = nextId++;
          const out = await lambda.send(
            new InvokeCommand({
              FunctionName: functionOf(id).name,
              InvocationType: 'Event',
              Payload: Buffer.from(JSON.stringify({ id, mode: modeOf(id) })),
            }),
          );
          expect(out.StatusCode).toBe(202);
          requestIds.set(id, out.$metadata.requestId!);
        }
      };
      const read = async (queue: Received['queue']) => {
        const reader = new SQSClient(config);
        try {
          while (!finished()) {
            const { Messages = [] } = await reader.send(
              new ReceiveMessageCommand({
                QueueUrl: queues[queue].url,
                MaxNumberOfMessages: 10,
                WaitTimeSeconds: 1,
                VisibilityTimeout: 300,
              }),
            );
            for (const m of Messages) {
              const id = (JSON.parse(m.Body!) as { requestPayload?: { id?: number } }).requestPayload?.id;
              if (typeof id !== 'number') {
                strays.push(m.Body!);
                continue;
              }
              const list = records.get(id) ?? [];
              if (list.length === 0) received++;
              list.push({ queue, body: m.Body! });
              records.set(id, list);
              lastArrival = Date.now();
            }
            if (Messages.length > 0) {
              await reader.send(
                new DeleteMessageBatchCommand({
                  QueueUrl: queues[queue].url,
                  Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
                }),
              );
            }
            if (Date.now() - lastArrival > STALL_MS) stalled = true;
          }
        } finally {
          reader.destroy();
        }
      };
      await Promise.all([
        ...Array.from({ length: SENDERS }, send),
        ...Array.from({ length: READERS }, (_, i) => read(i % 2 === 0 ? 'success' : 'failure')),
      ]);
      const ms = Date.now() - started;
      clearInterval(sampler);

      const violations: string[] = [];
      const conditions = new Map<string, number>();
      for (let id = 0; id < INVOCATIONS; id++) {
        const mode = modeOf(id);
        const f = functionOf(id);
        const got = records.get(id) ?? [];
        if (got.length !== 1) {
          violations.push(`${id} (${mode}): ${got.length} records`);
          continue;
        }
        const [{ queue, body }] = got;
        const r = JSON.parse(body) as {
          requestContext: {
            requestId: string;
            functionArn: string;
            condition: string;
            approximateInvokeCount: number;
          };
          responseContext: { functionError?: string };
          responsePayload: { errorType?: string; ok?: boolean };
        };
        const want =
          mode === 'ok'
            ? {
                queue: 'success',
                condition: 'Success',
                count: 1,
                functionError: undefined,
                errorType: undefined,
              }
            : {
                queue: 'failure',
                condition: 'RetriesExhausted',
                count: f.retries + 1,
                functionError: 'Unhandled',
                errorType: ERROR_TYPE[mode],
              };
        const saw = {
          queue,
          condition: r.requestContext.condition,
          count: r.requestContext.approximateInvokeCount,
          functionError: r.responseContext.functionError,
          errorType: r.responsePayload?.errorType,
        };
        if (JSON.stringify(saw) !== JSON.stringify(want)) {
          violations.push(
            `${id} (${mode}, ${f.name}): ${JSON.stringify(saw)}, wanted ${JSON.stringify(want)}`,
          );
        }
        if (r.requestContext.requestId !== requestIds.get(id)) violations.push(`${id}: another request id`);
        if (
          r.requestContext.functionArn !== `arn:aws:lambda:us-east-1:000000000000:function:${f.name}:$LATEST`
        ) {
          violations.push(`${id}: functionArn ${r.requestContext.functionArn}`);
        }
        const key = `${saw.condition}${saw.errorType ? ` ${saw.errorType}` : ''}`;
        conditions.set(key, (conditions.get(key) ?? 0) + 1);
      }
      expect(stalled).toBe(false);
      expect(strays).toEqual([]);
      expect(violations.slice(0, 20)).toEqual([]);

      // Nothing left behind: no record in either queue, visible or in flight, and no late one arrives.
      for (const q of Object.values(queues)) {
        const { Attributes = {} } = await sqs.send(
          new GetQueueAttributesCommand({ QueueUrl: q.url, AttributeNames: ['All'] }),
        );
        expect([
          Attributes.ApproximateNumberOfMessages,
          Attributes.ApproximateNumberOfMessagesNotVisible,
        ]).toEqual(['0', '0']);
        const late = await sqs.send(new ReceiveMessageCommand({ QueueUrl: q.url, WaitTimeSeconds: 1 }));
        expect(late.Messages ?? []).toEqual([]);
      }
      lambda.destroy();
      sqs.destroy();
      console.log(
        `soak: ${INVOCATIONS} invocations, ${READERS} readers, ${(ms / 1000).toFixed(1)} s, ` +
          `${Math.round((INVOCATIONS * 1000) / ms)} invocations/s, peak RSS ${Math.round(peakRss / 2 ** 20)} MiB; ` +
          [...conditions].map(([k, n]) => `${k}: ${n}`).join(', '),
      );
    },
    RUN_LIMIT_MS,
  );
});
