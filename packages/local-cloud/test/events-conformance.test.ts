// EventBridge answers as AWS recorded them: PutEvents to a bus that does not exist, the words of its
// model validation (every violated constraint, the value of a list that is too long, ranges) and paging.
import {
  EventBridgeClient,
  ListRulesCommand,
  ListTargetsByRuleCommand,
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
async function call(operation: string, body: unknown) {
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

describe('model validation', () => {
  it("shows the entries it refuses as AWS's model validation does, value and all", async () => {
    const entry = { Source: 'core.cmd', DetailType: 'core.cmd', Detail: '{"command": "update"}' };
    const shown =
      'PutEventsRequestEntry(time=null, source=core.cmd, resources=null, detailType=core.cmd, detail={"command": "update"}, eventBusName=null, traceHeader=null, kmsKeyIdentifier=null, internalMetadata=null)';
    const res = await call('PutEvents', { Entries: Array(11).fill(entry) });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      __type: 'ValidationException',
      message: `1 validation error detected: Value '[${Array(11).fill(shown).join(', ')}]' at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10`,
    });
    const empty = await call('PutEvents', { Entries: [] });
    expect(empty.body.message).toBe(
      "1 validation error detected: Value '[]' at 'entries' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('reports every constraint a value violates in one answer', async () => {
    const name = `bad name ${'x'.repeat(60)}`;
    await expect(
      eb.send(new PutRuleCommand({ Name: name, EventPattern: '{"source":["a"]}' })),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: `2 validation errors detected: Value '${name}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 64; Value '${name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+`,
    });
  });

  it('refuses a target id by its length and by its pattern apart, as recorded', async () => {
    await eb.send(new PutRuleCommand({ Name: 'eb-conf-ids', EventPattern: '{"source":["a"]}' }));
    const arn = 'arn:aws:sqs:us-east-1:000000000000:q';
    await expect(
      eb.send(new PutTargetsCommand({ Rule: 'eb-conf-ids', Targets: [{ Id: '!@#$@!#$', Arn: arn }] })),
    ).rejects.toMatchObject({
      message:
        "1 validation error detected: Value '!@#$@!#$' at 'targets.1.member.id' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+",
    });
    const long = 'i'.repeat(65);
    await expect(
      eb.send(new PutTargetsCommand({ Rule: 'eb-conf-ids', Targets: [{ Id: long, Arn: arn }] })),
    ).rejects.toMatchObject({
      message: `1 validation error detected: Value '${long}' at 'targets.1.member.id' failed to satisfy constraint: Member must have length less than or equal to 64`,
    });
  });

  it('words a Limit out of range with the bound it crosses', async () => {
    await expect(eb.send(new ListRulesCommand({ Limit: 101 }))).rejects.toMatchObject({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100",
    });
    await expect(
      eb.send(new ListTargetsByRuleCommand({ Rule: 'eb-conf-ids', Limit: 0 })),
    ).rejects.toMatchObject({
      message:
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    });
  });
});

describe("the codec's answers", () => {
  it('answers an operation EventBridge has but this local cloud does not serve with 501 NotImplemented', async () => {
    const res = await call('ListArchives', {});
    expect(res.status).toBe(501);
    expect(res.body.__type).toBe('NotImplemented');
  });

  it('answers a member of the wrong type with SerializationException naming it', async () => {
    const res = await call('PutRule', { Name: 5, EventPattern: '{}' });
    expect(res).toEqual({
      status: 400,
      body: { __type: 'SerializationException', message: 'Unexpected value type for Name.' },
    });
  });
});
