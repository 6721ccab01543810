import { CreateEventBusCommand, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import {
  CreateTopicCommand,
  ListSubscriptionsByTopicCommand,
  PublishCommand,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ListQueuesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
} from '@aws-sdk/client-sqs';
import { type RunningCloud, startLocalCloud } from '@destinations-action/local-cloud';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Clients, createClients } from '../src/clients.js';
import { collect } from '../src/collect.js';
import type { Invocation } from '../src/fire.js';
import type { ResolvedFunction } from '../src/resolve.js';
import { newRunState } from '../src/state.js';
import { cleanupTaps } from '../src/tap/cleanup.js';
import { openTap } from '../src/tap/index.js';
import type { InvocationRecord } from '../src/types.js';

const ACCOUNT = '000000000000';
const FN_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:svc-dev-fn`;
const fn = {
  ref: 'fn',
  functionName: 'svc-dev-fn',
  functionArn: FN_ARN,
  qualifier: '$LATEST',
  timeout: 3,
  maximumRetryAttempts: 2,
  maximumEventAgeInSeconds: 21600,
} satisfies ResolvedFunction;

let cloud: RunningCloud;
let clients: Clients;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  clients = createClients({ cloud: 'local', endpoint: cloud.url, region: 'us-east-1' });
});
afterAll(async () => {
  clients.destroy();
  await cloud.stop();
});

function record(requestId: string): InvocationRecord {
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

const options = { deadlineMs: 5000, waitSeconds: 1, pollIntervalMs: 20 };

describe('the SQS tap', () => {
  it('takes our records and leaves every other message in the queue, unharmed', async () => {
    const { QueueUrl } = await clients.sqs.send(new CreateQueueCommand({ QueueName: 'shared' }));
    const others = Array.from({ length: 25 }, (_, i) => `other message ${i}`);
    for (const body of others)
      await clients.sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: body }));
    // A record of an earlier run, not ours: it must stay as well.
    const old = JSON.stringify(record('old'));
    await clients.sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: old }));
    await clients.sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: JSON.stringify(record('r1')) }));

    const state = newRunState(clients);
    const tap = await openTap(clients, state, `arn:aws:sqs:us-east-1:${ACCOUNT}:shared`, [fn]);
    const result = await collect([tap!], fired('r1'), options);
    expect(result.timedOut).toBe(false);
    expect(result.arrivals.map((a) => a.record.requestContext?.requestId)).toEqual(['r1']);
    expect(state.created).toEqual([]);

    const left: string[] = [];
    for (let i = 0; i < 10; i++) {
      const out = await clients.sqs.send(
        new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 60 }),
      );
      if (!out.Messages?.length) break;
      left.push(...out.Messages.map((m) => m.Body!));
    }
    expect(left).toHaveLength(26);
    expect(left).toEqual(expect.arrayContaining([...others, old]));
  });

  it('reports a timeout when no record comes', async () => {
    await clients.sqs.send(new CreateQueueCommand({ QueueName: 'empty' }));
    const tap = await openTap(clients, newRunState(clients), `arn:aws:sqs:us-east-1:${ACCOUNT}:empty`, [fn]);
    const result = await collect([tap!], fired('never'), { ...options, deadlineMs: 300 });
    expect(result).toMatchObject({ timedOut: true, arrivals: [] });
  });
});

describe('the SNS tap', () => {
  it('reads the topic through a temporary raw-delivery queue, removed afterwards', async () => {
    const { TopicArn } = await clients.sns.send(new CreateTopicCommand({ Name: 'records' }));
    const state = newRunState(clients);
    const tap = await openTap(clients, state, TopicArn!, [fn]);
    expect(state.created.map((r) => r.type)).toEqual(['sqsQueue', 'snsSubscription']);
    const subs = await clients.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }));
    expect(subs.Subscriptions).toHaveLength(1);

    await clients.sns.send(new PublishCommand({ TopicArn, Message: 'not a record' }));
    await clients.sns.send(new PublishCommand({ TopicArn, Message: JSON.stringify(record('s1')) }));
    const result = await collect([tap!], fired('s1'), options);
    expect(result.arrivals.map((a) => [a.destinationArn, a.record.requestContext?.requestId])).toEqual([
      [TopicArn, 's1'],
    ]);

    expect(await cleanupTaps(state, clients)).toEqual([]);
    expect(state.created).toEqual([]);
    const after = await clients.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }));
    expect(after.Subscriptions ?? []).toHaveLength(0);
    const queues = await clients.sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'destinations-tap' }));
    expect(queues.QueueUrls ?? []).toHaveLength(0);
  });
  it("counts only the records a filtering subscriber's policy lets through", async () => {
    const { TopicArn } = await clients.sns.send(new CreateTopicCommand({ Name: 'orderResults' }));
    const { QueueUrl } = await clients.sqs.send(new CreateQueueCommand({ QueueName: 'expressOrders' }));
    const { Attributes } = await clients.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
    );
    // Every subscriber filters on the record itself (Lambda publishes it with no message attributes).
    await clients.sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: 'sqs',
        Endpoint: Attributes!.QueueArn,
        Attributes: {
          RawMessageDelivery: 'true',
          FilterPolicyScope: 'MessageBody',
          FilterPolicy: JSON.stringify({ requestPayload: { priority: ['express'] } }),
        },
      }),
    );
    const state = newRunState(clients);
    const tap = await openTap(clients, state, TopicArn!, [fn]);
    expect(tap!.via).toMatch(/filter policies \(1\)/);

    const withPriority = (requestId: string, priority: string) =>
      JSON.stringify({ ...record(requestId), requestPayload: { n: 1, priority } });
    await clients.sns.send(new PublishCommand({ TopicArn, Message: withPriority('f1', 'standard') }));
    await clients.sns.send(new PublishCommand({ TopicArn, Message: withPriority('f2', 'express') }));
    const result = await collect([tap!], fired('f1', 'f2'), { ...options, deadlineMs: 1500 });
    // f1 is ours but no subscriber would receive it: it is not counted.
    expect(result.arrivals.map((a) => a.record.requestContext?.requestId)).toEqual(['f2']);
    expect(await cleanupTaps(state, clients)).toEqual([]);
  });

  it('counts every record when one subscriber takes everything', async () => {
    const { TopicArn } = await clients.sns.send(new CreateTopicCommand({ Name: 'mixedSubscribers' }));
    const queueArn = async (name: string) => {
      const { QueueUrl } = await clients.sqs.send(new CreateQueueCommand({ QueueName: name }));
      const { Attributes } = await clients.sqs.send(
        new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
      );
      return Attributes!.QueueArn!;
    };
    const filter = JSON.stringify({ requestPayload: { priority: ['express'] } });
    for (const [name, attributes] of [
      ['filtered', { FilterPolicyScope: 'MessageBody', FilterPolicy: filter }],
      ['everything', {}],
    ] as const) {
      await clients.sns.send(
        new SubscribeCommand({
          TopicArn,
          Protocol: 'sqs',
          Endpoint: await queueArn(name),
          Attributes: attributes,
        }),
      );
    }
    const state = newRunState(clients);
    const tap = await openTap(clients, state, TopicArn!, [fn]);
    expect(tap!.via).not.toMatch(/filter/);
    await clients.sns.send(
      new PublishCommand({
        TopicArn,
        Message: JSON.stringify({ ...record('m1'), requestPayload: { priority: 'standard' } }),
      }),
    );
    const result = await collect([tap!], fired('m1'), options);
    expect(result.arrivals.map((a) => a.record.requestContext?.requestId)).toEqual(['m1']);
    expect(await cleanupTaps(state, clients)).toEqual([]);
  });
});

describe('the EventBridge tap', () => {
  it('reads the bus through a temporary rule and queue, matching this function only', async () => {
    const { EventBusArn } = await clients.events.send(new CreateEventBusCommand({ Name: 'records-bus' }));
    const state = newRunState(clients);
    const tap = await openTap(clients, state, EventBusArn!, [fn]);
    expect(state.created.map((r) => r.type)).toEqual(['sqsQueue', 'eventsRule']);
    const entry = (id: string, fnArn: string) => ({
      EventBusName: 'records-bus',
      Source: 'lambda',
      DetailType: 'Lambda Function Invocation Result - Success',
      Resources: [EventBusArn!, `${fnArn}:$LATEST`],
      Detail: JSON.stringify(record(id)),
    });
    await clients.events.send(
      new PutEventsCommand({ Entries: [entry('other-fn', `${FN_ARN}-other`), entry('e1', FN_ARN)] }),
    );
    const result = await collect([tap!], fired('e1', 'other-fn'), { ...options, deadlineMs: 800 });
    expect(result.arrivals.map((a) => a.record.requestContext?.requestId)).toEqual(['e1']);
    expect(await cleanupTaps(state, clients)).toEqual([]);
    const queues = await clients.sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'destinations-tap' }));
    expect(queues.QueueUrls ?? []).toHaveLength(0);
  });
});

describe('the S3 tap', () => {
  it('reads new records under aws/lambda/async/<function>/', async () => {
    await clients.s3.send(new CreateBucketCommand({ Bucket: 'failures' }));
    const tap = await openTap(clients, newRunState(clients), 'arn:aws:s3:::failures', [fn]);
    const now = new Date().toISOString();
    const key = `aws/lambda/async/svc-dev-fn/${now.slice(0, 4)}/${now.slice(5, 7)}/${now.slice(8, 10)}/${now.slice(0, 10)}T${now.slice(11, 19).replace(/:/g, '.')}-x`;
    await clients.s3.send(
      new PutObjectCommand({ Bucket: 'failures', Key: key, Body: JSON.stringify(record('b1')) }),
    );
    await clients.s3.send(
      new PutObjectCommand({
        Bucket: 'failures',
        Key: `aws/lambda/async/other/${key}`,
        Body: JSON.stringify(record('b2')),
      }),
    );
    const result = await collect([tap!], fired('b1'), options);
    expect(result.arrivals.map((a) => a.record.requestContext?.requestId)).toEqual(['b1']);
    // Our record's object is gone once read; another function's stays.
    const left = await clients.s3.send(new ListObjectsV2Command({ Bucket: 'failures' }));
    expect(left.Contents?.map((o) => o.Key)).toEqual([`aws/lambda/async/other/${key}`]);
  });
});

describe('cleanup from a state file', () => {
  it('removes what a run recorded, and deletes the file when done', async () => {
    const { mkdtempSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'taps-')), 'taps.json');
    const { TopicArn } = await clients.sns.send(new CreateTopicCommand({ Name: 'records-2' }));
    const state = newRunState(clients, file);
    await openTap(clients, state, TopicArn!, [fn]);
    expect(existsSync(file)).toBe(true);
    // A later process knows only the file.
    expect(await cleanupTaps(file)).toEqual([]);
    expect(existsSync(file)).toBe(false);
    const queues = await clients.sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'destinations-tap' }));
    expect(queues.QueueUrls ?? []).toHaveLength(0);
  });
});
