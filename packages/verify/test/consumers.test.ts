// A destination queue with a consumer (an event source mapping): a record the consumer takes and deletes
// first is followed into the consumer's log, with the consumer's invocation; the preflight names it.
import { randomUUID } from 'node:crypto';
import { CreateEventSourceMappingCommand } from '@aws-sdk/client-lambda';
import { GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Clients, createClients } from '../src/clients.js';
import { collect } from '../src/collect.js';
import type { Invocation } from '../src/fire.js';
import { doctor, type Spec, verify } from '../src/index.js';
import { judge } from '../src/judge.js';
import type { ResolvedFunction } from '../src/resolve.js';
import { newRunState } from '../src/state.js';
import { openTap } from '../src/tap/index.js';
import { ACCOUNT, createFunction, createQueue, setDestinations } from './helpers.js';

let cloud: RunningCloud;
let clients: Clients;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet', timeScale: 0.001 });
  clients = createClients({ cloud: 'local', endpoint: cloud.url, region: 'us-east-1' });
});
afterAll(async () => {
  clients.destroy();
  await cloud.stop();
});

/** A consumer that logs the SQS event it gets as one JSON line. */
const JSON_CONSUMER = `export const handler = async (event) => { console.log(JSON.stringify(event)); };`;
/** A consumer that logs the event as Node.js prints an object: not JSON. */
const INSPECT_CONSUMER = `export const handler = async (event) => { console.log(event.Records[0]); };`;

const FN_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:consumed-fn`;
const fn = {
  ref: 'consumed-fn',
  functionName: 'consumed-fn',
  functionArn: FN_ARN,
  qualifier: '$LATEST',
  timeout: 3,
  maximumRetryAttempts: 2,
  maximumEventAgeInSeconds: 21600,
} satisfies ResolvedFunction;

function record(requestId: string) {
  return {
    version: '1.0',
    timestamp: new Date().toISOString(),
    requestContext: {
      requestId,
      functionArn: `${FN_ARN}:$LATEST`,
      condition: 'Success',
      approximateInvokeCount: 1,
    },
    requestPayload: { n: 1 },
    responseContext: { statusCode: 200, executedVersion: '$LATEST' },
    responsePayload: null,
  };
}

const fired = (...ids: string[]): Invocation[] =>
  ids.map((requestId) => ({
    caseIndex: 0,
    functionArn: FN_ARN,
    requestId,
    payload: { n: 1 },
    firedAt: Date.now(),
  }));

/** A queue consumed by a function running `code`. */
async function consumedQueue(name: string, code: string): Promise<{ url: string; arn: string }> {
  const q = await createQueue(clients, name);
  await createFunction(clients, `${name}-consumer`, code);
  await clients.lambda.send(
    new CreateEventSourceMappingCommand({ FunctionName: `${name}-consumer`, EventSourceArn: q.arn }),
  );
  return q;
}

/** Sends the record and waits until the consumer has taken and deleted it. */
async function consumed(q: { url: string }, requestId: string): Promise<void> {
  await clients.sqs.send(
    new SendMessageCommand({ QueueUrl: q.url, MessageBody: JSON.stringify(record(requestId)) }),
  );
  for (;;) {
    const { Attributes } = await clients.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: q.url,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    if (
      Attributes?.ApproximateNumberOfMessages === '0' &&
      Attributes.ApproximateNumberOfMessagesNotVisible === '0'
    )
      return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const options = { deadlineMs: 10_000, waitSeconds: 1, pollIntervalMs: 20 };

describe('the SQS tap of a queue with a consumer', () => {
  it('reads a record the consumer took first from its log, with the consumer’s invocation', async () => {
    const q = await consumedQueue('consumed-json', JSON_CONSUMER);
    const id = randomUUID();
    await consumed(q, id);
    const tap = await openTap(clients, newRunState(clients), q.arn, [fn]);
    expect(tap?.via).toMatch(
      /^the queue, and the log of its consumer consumed-json-consumer \(event source mapping [0-9a-f-]{36}\), which may take a record first$/,
    );
    const result = await collect([tap!], fired(id), options);
    expect(result.timedOut).toBe(false);
    expect(result.arrivals.map((a) => [a.record.requestContext?.requestId, a.destinationArn])).toEqual([
      [id, q.arn],
    ]);
    expect(result.arrivals[0].via).toMatch(
      /^the queue's consumer consumed-json-consumer \(invocation [0-9a-f-]{36}\)$/,
    );
  });

  it('reports a record the consumer logged, but not as JSON, as unreadable, naming the consumer', async () => {
    const q = await consumedQueue('consumed-inspect', INSPECT_CONSUMER);
    const id = randomUUID();
    await consumed(q, id);
    const tap = await openTap(clients, newRunState(clients), q.arn, [fn]);
    const result = await collect([tap!], fired(id), options);
    expect(result.arrivals).toEqual([]);
    expect(result.unreadable.map((u) => [u.destinationArn, u.by])).toEqual([
      [
        q.arn,
        expect.stringMatching(
          /^the queue's consumer consumed-inspect-consumer \(invocation [0-9a-f-]{36}\)$/,
        ),
      ],
    ]);
  });
});

describe('verify with a consumed destination queue', () => {
  it('passes when the consumer logs its event, whichever reader took each record; the preflight says so', async () => {
    const ok = await consumedQueue('consumed-ok', JSON_CONSUMER);
    const fail = await consumedQueue('consumed-fail', JSON_CONSUMER);
    await createFunction(clients, 'consumed-hello');
    await setDestinations(clients, 'consumed-hello', { onSuccess: ok.arn, onFailure: fail.arn }, 0);
    const spec: Spec = {
      functions: [
        {
          function: 'consumed-hello',
          cases: [
            {
              name: 'succeeds',
              payload: { Success: true },
              invocations: 3,
              expect: { destination: 'onSuccess' },
            },
            {
              name: 'fails',
              payload: { Success: false },
              invocations: 3,
              expect: { destination: 'onFailure' },
            },
          ],
        },
      ],
    };
    const target = {
      cloud: 'local' as const,
      endpoint: cloud.url,
      region: 'us-east-1',
      handleSignals: false,
    };
    const report = await verify({ ...target, spec });
    expect(report.cases.map((c) => [c.name, c.passed, c.received])).toEqual([
      ['succeeds', true, 3],
      ['fails', true, 3],
    ]);
    for (const r of report.cases.flatMap((c) => c.records))
      if (r.via) expect(r.via).toMatch(/^the queue's consumer consumed-(ok|fail)-consumer \(invocation /);
    const warnings = (await doctor({ ...target, spec })).filter((p) => p.check === 'consumer');
    expect(warnings.map((p) => [p.level, p.subject])).toEqual([
      ['warning', ok.arn],
      ['warning', fail.arn],
    ]);
    expect(warnings[0].message).toMatch(
      /^destination queue .* has a consumer, consumed-ok-consumer \(event source mapping [0-9a-f-]{36}\), which may take and delete a record before the verifier reads it/,
    );
  });

  it('names the consumer as the cause of a record it took without logging it', () => {
    const arn = `arn:aws:sqs:us-east-1:${ACCOUNT}:silent-consumed`;
    const consumer = {
      level: 'warning' as const,
      check: 'consumer',
      subject: arn,
      message: `destination queue ${arn} has a consumer, quiet (event source mapping u)`,
    };
    const [c] = judge({
      cases: [
        {
          spec: { name: 'fails', payload: {}, invocations: 1, expect: { destination: 'onFailure' } },
          fn: { ...fn, destinations: { onFailure: arn } },
        },
      ],
      invocations: fired('gone'),
      arrivals: [],
      invoked: { [arn]: 2 },
      preflight: [consumer],
      deadlineSeconds: 10,
    });
    expect(c.failures.map((f) => [f.kind, f.cause])).toEqual([
      [
        'missing',
        `${consumer.message}; its consumer was invoked 2 times while the verifier waited, but its log names none of these records: a consumer that deletes a record first must log the event it gets as one JSON line (console.log(JSON.stringify(event)), print(json.dumps(event))) for the verifier to follow it`,
      ],
    ]);
  });
});
