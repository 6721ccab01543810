import { InvokeCommand, LambdaClient, PutFunctionEventInvokeConfigCommand } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, DeleteMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clientConfig, createFixtureFunction, HAS_PYTHON, receiveAll } from './fixtures/lambda/helpers.js';

let cloud: RunningCloud;
let lambda: LambdaClient;
let sqs: SQSClient;
const QARN = 'arn:aws:sqs:us-east-1:000000000000';

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  lambda = new LambdaClient(clientConfig(cloud.url));
  sqs = new SQSClient(clientConfig(cloud.url));
});
afterAll(() => cloud.stop());

type Kind = 'ok' | 'throw' | 'crash' | 'timeout' | 'py-ok' | 'py-fail';
const MIX: [Kind, number][] = [
  ['ok', 650],
  ['py-ok', 150],
  ['throw', 100],
  ['py-fail', 70],
  ['crash', 20],
  ['timeout', 10],
];

// Python when the host has it; the mix needs both runtimes.
(HAS_PYTHON ? it : it.skip)(
  '1,000 mixed Event invocations give exactly one record each, with the right condition and count',
  async () => {
    const ok = (await sqs.send(new CreateQueueCommand({ QueueName: 'mixed-ok' }))).QueueUrl!;
    const failed = (await sqs.send(new CreateQueueCommand({ QueueName: 'mixed-failed' }))).QueueUrl!;
    for (const [name, fixture] of [
      ['mixed-node', 'node'],
      ['mixed-py', 'python'],
    ] as const) {
      await createFixtureFunction(lambda, name, fixture, { Timeout: 1 });
      await lambda.send(
        new PutFunctionEventInvokeConfigCommand({
          FunctionName: name,
          MaximumRetryAttempts: 1,
          DestinationConfig: {
            OnSuccess: { Destination: `${QARN}:mixed-ok` },
            OnFailure: { Destination: `${QARN}:mixed-failed` },
          },
        }),
      );
    }
    // Spread the kinds (a fixed permutation) so failures and successes share the warm pool all along.
    const kinds: Kind[] = MIX.flatMap(([k, n]) => Array<Kind>(n).fill(k))
      .map((k, i) => [k, (i * 7919) % 1000] as const)
      .sort((a, b) => a[1] - b[1])
      .map(([k]) => k);
    const expected = new Map<string, Kind>();
    let next = 0;
    const fireOne = async () => {
      while (next < kinds.length) {
        const kind = kinds[next++];
        const python = kind.startsWith('py-');
        const payload = python ? { Success: kind === 'py-ok' } : { mode: kind === 'ok' ? 'echo' : kind };
        const out = await lambda.send(
          new InvokeCommand({
            FunctionName: python ? 'mixed-py' : 'mixed-node',
            InvocationType: 'Event',
            Payload: Buffer.from(JSON.stringify(payload)),
          }),
        );
        expected.set(out.$metadata.requestId!, kind);
      }
    };
    await Promise.all(Array.from({ length: 16 }, fireOne));
    expect(expected.size).toBe(1000);

    const okCount = 800;
    const drain = async (url: string, count: number) => {
      const got = await receiveAll(sqs, url, count, 50_000);
      for (let i = 0; i < got.length; i += 10) {
        await sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: url,
            Entries: got.slice(i, i + 10).map((m, j) => ({ Id: String(j), ReceiptHandle: m.ReceiptHandle! })),
          }),
        );
      }
      return got.map((m) => JSON.parse(m.Body!));
    };
    const successes = await drain(ok, okCount);
    const failures = await drain(failed, 1000 - okCount);
    const extra = [...(await receiveAll(sqs, ok, 1, 1500)), ...(await receiveAll(sqs, failed, 1, 1500))];
    expect(extra).toEqual([]);

    const seen = new Set<string>();
    const wrong: string[] = [];
    for (const r of [...successes, ...failures]) {
      const id = r.requestContext.requestId;
      const kind = expected.get(id);
      if (!kind || seen.has(id)) {
        wrong.push(`unexpected or duplicate ${id}`);
        continue;
      }
      seen.add(id);
      const good = kind === 'ok' || kind === 'py-ok';
      const want = good
        ? { condition: 'Success', approximateInvokeCount: 1 }
        : { condition: 'RetriesExhausted', approximateInvokeCount: 2 };
      if (
        r.requestContext.condition !== want.condition ||
        r.requestContext.approximateInvokeCount !== want.approximateInvokeCount
      ) {
        wrong.push(`${kind} ${id}: ${r.requestContext.condition}/${r.requestContext.approximateInvokeCount}`);
      }
      const errorType = r.responsePayload?.errorType;
      const wantType = {
        ok: undefined,
        'py-ok': undefined,
        throw: 'Error',
        'py-fail': 'Exception',
        crash: 'Runtime.ExitError',
        timeout: 'Sandbox.Timedout',
      }[kind];
      if (errorType !== wantType) wrong.push(`${kind} ${id}: errorType ${errorType}`);
    }
    expect(wrong).toEqual([]);
    expect(seen.size).toBe(1000);
  },
);
