// EventBridge answers as AWS recorded them: PutEvents to a bus that does not exist, the words of its
// model validation (every violated constraint, the value of a list that is too long, ranges) and paging.
import {
  EventBridgeClient,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { clientConfig, useCloud } from './fixtures/cloud.js';

let eb: EventBridgeClient;
let sqs: SQSClient;
const cloud = useCloud({}, ({ url }) => {
  [eb, sqs] = [new EventBridgeClient(clientConfig(url)), new SQSClient(clientConfig(url))];
  return [eb, sqs];
});

/** One awsJson 1.1 call, answered as status and parsed body. */
async function _call(operation: string, body: unknown) {
  const res = await fetch(`${cloud.url}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSEvents.${operation}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function queue(name: string): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
  const got = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl as string, arn: got.Attributes?.QueueArn as string };
}

describe('PutEvents to a missing bus', () => {
  it('accepts an entry for a bus that does not exist, with an EventId, and delivers it nowhere', async () => {
    const q = await queue('eb-conf-missing-bus');
    await eb.send(
      new PutRuleCommand({
        Name: 'eb-conf-missing-bus',
        EventPattern: JSON.stringify({ source: ['MySource'] }),
      }),
    );
    await eb.send(new PutTargetsCommand({ Rule: 'eb-conf-missing-bus', Targets: [{ Id: 'q', Arn: q.arn }] }));
    const out = await eb.send(
      new PutEventsCommand({
        Entries: [
          { Source: 'MySource', DetailType: 'CustomType', Detail: '{"message":"for the default event bus"}' },
          {
            EventBusName: 'event-bus-that-is-not-there',
            Source: 'MySource',
            DetailType: 'CustomType',
            Detail: '{"message":"for the custom event bus"}',
          },
        ],
      }),
    );
    expect(out.FailedEntryCount).toBe(0);
    expect(out.Entries?.map((e) => Object.keys(e))).toEqual([['EventId'], ['EventId']]);
    const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl: q.url, MaxNumberOfMessages: 10 }));
    expect(got.Messages?.map((m) => JSON.parse(m.Body as string).detail.message)).toEqual([
      'for the default event bus',
    ]);
  });
});
