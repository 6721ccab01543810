// SNS and EventBridge invoking Lambda asynchronously: the event each hands the function, read back from
// the function's own success destination (an SQS queue), where Lambda records `requestPayload`.

import {
  EventBridgeClient,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import { PutFunctionEventInvokeConfigCommand } from '@aws-sdk/client-lambda';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';
import { clientConfig, createFixtureFunction, LambdaClient, receiveAll } from './fixtures/lambda/helpers.js';

let cloud: RunningCloud;
let lambda: LambdaClient;
let sns: SNSClient;
let eb: EventBridgeClient;
let sqs: SQSClient;
let recordsUrl: string;
let functionArn: string;

beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
  lambda = new LambdaClient(clientConfig(cloud.url));
  sns = new SNSClient(clientConfig(cloud.url));
  eb = new EventBridgeClient(clientConfig(cloud.url));
  sqs = new SQSClient(clientConfig(cloud.url));
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'fanout-records' }));
  recordsUrl = QueueUrl as string;
  const attrs = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  const fn = await createFixtureFunction(lambda, 'fanout-target', 'node');
  functionArn = fn.FunctionArn as string;
  await lambda.send(
    new PutFunctionEventInvokeConfigCommand({
      FunctionName: 'fanout-target',
      DestinationConfig: { OnSuccess: { Destination: attrs.Attributes?.QueueArn } },
    }),
  );
});
afterAll(async () => {
  for (const c of [lambda, sns, eb, sqs]) c.destroy();
  await cloud.stop();
});

async function nextPayload(): Promise<Record<string, unknown>> {
  const [msg] = await receiveAll(sqs, recordsUrl, 1);
  expect(msg).toBeDefined();
  await sqs.send(new DeleteMessageCommand({ QueueUrl: recordsUrl, ReceiptHandle: msg.ReceiptHandle }));
  return JSON.parse(msg.Body as string).requestPayload;
}

describe('SNS to Lambda', () => {
  it("invokes the function with AWS's SNS event", async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'to-lambda' }));
    const { SubscriptionArn } = await sns.send(
      new SubscribeCommand({ TopicArn, Protocol: 'lambda', Endpoint: functionArn }),
    );
    const { MessageId } = await sns.send(
      new PublishCommand({
        TopicArn,
        Message: '{"order":1}',
        MessageAttributes: { kind: { DataType: 'String', StringValue: 'k' } },
      }),
    );
    const event = await nextPayload();
    const [record] = event.Records as Record<string, unknown>[];
    expect(Object.keys(record)).toEqual(['EventSource', 'EventVersion', 'EventSubscriptionArn', 'Sns']);
    expect(record).toMatchObject({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: SubscriptionArn,
    });
    expect(record.Sns).toMatchObject({
      Type: 'Notification',
      MessageId,
      TopicArn,
      Subject: null,
      Message: '{"order":1}',
      SignatureVersion: '1',
      MessageAttributes: { kind: { Type: 'String', Value: 'k' } },
    });
    expect(Object.keys(record.Sns as object)).toEqual(
      expect.arrayContaining(['SigningCertUrl', 'UnsubscribeUrl', 'Timestamp', 'Signature']),
    );
  });
});

describe('EventBridge to Lambda', () => {
  it('invokes the function with the event envelope', async () => {
    await eb.send(new PutRuleCommand({ Name: 'to-lambda', EventPattern: '{"source":["to.lambda"]}' }));
    await eb.send(new PutTargetsCommand({ Rule: 'to-lambda', Targets: [{ Id: 'fn', Arn: functionArn }] }));
    const out = await eb.send(
      new PutEventsCommand({ Entries: [{ Source: 'to.lambda', DetailType: 'Ping', Detail: '{"n":7}' }] }),
    );
    const event = await nextPayload();
    expect(event).toMatchObject({
      version: '0',
      id: out.Entries?.[0].EventId,
      'detail-type': 'Ping',
      source: 'to.lambda',
      detail: { n: 7 },
    });
  });
});
