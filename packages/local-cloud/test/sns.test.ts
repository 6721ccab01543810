import {
  CreateTopicCommand,
  DeleteTopicCommand,
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  ListSubscriptionsByTopicCommand,
  ListSubscriptionsCommand,
  ListTagsForResourceCommand,
  ListTopicsCommand,
  PublishBatchCommand,
  PublishCommand,
  SetSubscriptionAttributesCommand,
  SetTopicAttributesCommand,
  SNSClient,
  SubscribeCommand,
  TagResourceCommand,
  UnsubscribeCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { clientConfig, useCloud } from './fixtures/cloud.js';

let sns: SNSClient;
let sqs: SQSClient;
const cloud = useCloud({}, ({ url }) => {
  [sns, sqs] = [new SNSClient(clientConfig(url)), new SQSClient(clientConfig(url))];
  return [sns, sqs];
});

/** A SigV4 Authorization header naming SNS in its credential scope (the local cloud checks no signature). */
const SIGNED_SNS =
  'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=x';

async function topic(name: string, attributes?: Record<string, string>): Promise<string> {
  const out = await sns.send(new CreateTopicCommand({ Name: name, Attributes: attributes }));
  return out.TopicArn as string;
}

async function queue(
  name: string,
  attributes?: Record<string, string>,
): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  const attrs = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl as string, arn: attrs.Attributes?.QueueArn as string };
}

async function receiveAll(url: string): Promise<Message[]> {
  const out = await sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: url,
      MaxNumberOfMessages: 10,
      WaitTimeSeconds: 0,
      MessageAttributeNames: ['All'],
    }),
  );
  return out.Messages ?? [];
}

async function subscribeQueue(topicArn: string, queueArn: string, attributes?: Record<string, string>) {
  const out = await sns.send(
    new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: queueArn, Attributes: attributes }),
  );
  return out.SubscriptionArn as string;
}

describe('SNS topics', () => {
  it('creates a topic idempotently and answers its ARN', async () => {
    const a = await topic('orders');
    const b = await topic('orders');
    expect(a).toBe('arn:aws:sns:us-east-1:000000000000:orders');
    expect(b).toBe(a);
  });

  it('refuses the same name with different attributes', async () => {
    await topic('shaped', { DisplayName: 'one' });
    await expect(
      sns.send(new CreateTopicCommand({ Name: 'shaped', Attributes: { DisplayName: 'two' } })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Invalid parameter: Attributes Reason: Topic already exists with different attributes',
    });
  });

  it('refuses a bad name and a FIFO name without FifoTopic', async () => {
    await expect(sns.send(new CreateTopicCommand({ Name: 'bad name' }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Invalid parameter: Topic Name',
    });
    await expect(sns.send(new CreateTopicCommand({ Name: 'x.fifo' }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: expect.stringContaining('Fifo Topic names must end with .fifo'),
    });
  });

  it("shows AWS's attributes for a standard topic and takes SetTopicAttributes", async () => {
    const arn = await topic('attrs');
    await sns.send(
      new SetTopicAttributesCommand({ TopicArn: arn, AttributeName: 'DisplayName', AttributeValue: 'Shop' }),
    );
    const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn: arn }));
    expect(Object.keys(Attributes ?? {}).sort()).toEqual(
      [
        'DisplayName',
        'EffectiveDeliveryPolicy',
        'Owner',
        'Policy',
        'SubscriptionsConfirmed',
        'SubscriptionsDeleted',
        'SubscriptionsPending',
        'TopicArn',
      ].sort(),
    );
    expect(Attributes).toMatchObject({ DisplayName: 'Shop', Owner: '000000000000', TopicArn: arn });
    expect(JSON.parse(Attributes?.Policy as string).Statement[0].Resource).toBe(arn);
  });

  it('shows FifoTopic and ContentBasedDeduplication for a FIFO topic', async () => {
    const arn = await topic('events.fifo', { FifoTopic: 'true', ContentBasedDeduplication: 'true' });
    const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn: arn }));
    expect(Attributes).toMatchObject({ FifoTopic: 'true', ContentBasedDeduplication: 'true' });
  });

  it('answers NotFound for a topic that does not exist', async () => {
    await expect(
      sns.send(new GetTopicAttributesCommand({ TopicArn: 'arn:aws:sns:us-east-1:000000000000:missing' })),
    ).rejects.toMatchObject({
      name: 'NotFoundException',
      message: 'Topic does not exist',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('lists topics 100 a page', async () => {
    for (let i = 0; i < 105; i++) await topic(`page-${String(i).padStart(3, '0')}`);
    const first = await sns.send(new ListTopicsCommand({}));
    expect(first.Topics).toHaveLength(100);
    expect(first.NextToken).toBeTruthy();
    const second = await sns.send(new ListTopicsCommand({ NextToken: first.NextToken }));
    const all = [...(first.Topics ?? []), ...(second.Topics ?? [])].map((t) => t.TopicArn);
    expect(all.filter((a) => a?.includes(':page-'))).toHaveLength(105);
    expect(second.NextToken).toBeUndefined();
  });

  it('deletes a topic and its subscriptions', async () => {
    const arn = await topic('doomed');
    const q = await queue('doomed-q');
    const sub = await subscribeQueue(arn, q.arn);
    await sns.send(new DeleteTopicCommand({ TopicArn: arn }));
    await expect(
      sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: sub })),
    ).rejects.toMatchObject({
      name: 'NotFoundException',
    });
    await expect(sns.send(new PublishCommand({ TopicArn: arn, Message: 'x' }))).rejects.toMatchObject({
      name: 'NotFoundException',
    });
  });

  it('tags, lists and untags a topic', async () => {
    const arn = await topic('tagged');
    await sns.send(
      new TagResourceCommand({
        ResourceArn: arn,
        Tags: [
          { Key: 'a', Value: '1' },
          { Key: 'b', Value: '2' },
        ],
      }),
    );
    await sns.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['a'] }));
    const { Tags } = await sns.send(new ListTagsForResourceCommand({ ResourceArn: arn }));
    expect(Tags).toEqual([{ Key: 'b', Value: '2' }]);
    await expect(
      sns.send(new ListTagsForResourceCommand({ ResourceArn: 'arn:aws:sns:us-east-1:000000000000:nope' })),
    ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('answers an unsigned tagging form request, routed by its Action', async () => {
    const arn = await topic('tagged-unsigned');
    await sns.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'k', Value: 'v' }] }));
    const res = await fetch(`${cloud.url}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ Action: 'ListTagsForResource', ResourceArn: arn }).toString(),
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<Key>k</Key><Value>v</Value>');
  });

  it('answers an operation SNS has but the local cloud does not serve with 501 NotImplemented', async () => {
    const res = await fetch(`${cloud.url}/`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: SIGNED_SNS,
      },
      body: 'Action=CreatePlatformApplication&Version=2010-03-31&Name=app&Platform=GCM',
    });
    expect(res.status).toBe(501);
    const text = await res.text();
    expect(text).toContain('xmlns="http://sns.amazonaws.com/doc/2010-03-31/"');
    expect(text).toContain('<Code>NotImplemented</Code>');
  });
});

describe('SNS subscriptions', () => {
  it('confirms sqs subscriptions at once and lists them', async () => {
    const arn = await topic('subs');
    const q = await queue('subs-q');
    const sub = await subscribeQueue(arn, q.arn);
    expect(sub.startsWith(`${arn}:`)).toBe(true);
    expect(await subscribeQueue(arn, q.arn)).toBe(sub);
    const byTopic = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: arn }));
    expect(byTopic.Subscriptions).toEqual([
      { SubscriptionArn: sub, Owner: '000000000000', Protocol: 'sqs', Endpoint: q.arn, TopicArn: arn },
    ]);
    const all = await sns.send(new ListSubscriptionsCommand({}));
    expect(all.Subscriptions?.map((s) => s.SubscriptionArn)).toContain(sub);
    const { Attributes } = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: sub }));
    expect(Attributes).toMatchObject({
      PendingConfirmation: 'false',
      RawMessageDelivery: 'false',
      Protocol: 'sqs',
    });
    const topicAttrs = await sns.send(new GetTopicAttributesCommand({ TopicArn: arn }));
    expect(topicAttrs.Attributes?.SubscriptionsConfirmed).toBe('1');
  });

  it('unsubscribes, counting the deleted subscription', async () => {
    const arn = await topic('unsub');
    const q = await queue('unsub-q');
    const sub = await subscribeQueue(arn, q.arn);
    await sns.send(new UnsubscribeCommand({ SubscriptionArn: sub }));
    await sns.send(new UnsubscribeCommand({ SubscriptionArn: sub }));
    const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn: arn }));
    expect([Attributes?.SubscriptionsConfirmed, Attributes?.SubscriptionsDeleted]).toEqual(['0', '1']);
  });

  it('unsubscribes through the UnsubscribeURL of a notification, as a GET', async () => {
    const arn = await topic('unsub-url');
    const q = await queue('unsub-url-q');
    const sub = await subscribeQueue(arn, q.arn);
    await sns.send(new PublishCommand({ TopicArn: arn, Message: 'first' }));
    const [msg] = await receiveAll(q.url);
    const res = await fetch(JSON.parse(msg.Body as string).UnsubscribeURL);
    expect(res.status).toBe(200);
    await expect(
      sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: sub })),
    ).rejects.toMatchObject({
      name: 'NotFoundException',
    });
  });

  it('refuses unknown protocols, bad endpoints and unknown attributes', async () => {
    const arn = await topic('strict');
    await expect(
      sns.send(new SubscribeCommand({ TopicArn: arn, Protocol: 'carrier-pigeon', Endpoint: 'x' })),
    ).rejects.toMatchObject({
      message: 'Invalid parameter: Amazon SNS does not support this protocol string: carrier-pigeon',
    });
    await expect(
      sns.send(new SubscribeCommand({ TopicArn: arn, Protocol: 'sqs', Endpoint: 'not-an-arn' })),
    ).rejects.toMatchObject({ message: 'Invalid parameter: SQS endpoint ARN' });
    const q = await queue('strict-q');
    const sub = await subscribeQueue(arn, q.arn);
    await expect(
      sns.send(
        new SetSubscriptionAttributesCommand({
          SubscriptionArn: sub,
          AttributeName: 'Color',
          AttributeValue: 'x',
        }),
      ),
    ).rejects.toMatchObject({ message: 'Invalid parameter: AttributeName' });
    await expect(
      sns.send(
        new SetSubscriptionAttributesCommand({
          SubscriptionArn: sub,
          AttributeName: 'FilterPolicy',
          AttributeValue: '{"a":"b"}',
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: expect.stringContaining('FilterPolicy'),
    });
  });

  it('refuses a ReturnSubscriptionArn that is not a boolean, naming the member', async () => {
    const arn = await topic('bad-boolean');
    const q = await queue('bad-boolean-q');
    const res = await fetch(`${cloud.url}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: SIGNED_SNS },
      body: new URLSearchParams({
        Action: 'Subscribe',
        TopicArn: arn,
        Protocol: 'sqs',
        Endpoint: q.arn,
        ReturnSubscriptionArn: 'yes',
      }).toString(),
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('<Code>ValidationError</Code>');
    expect(text).toContain('ReturnSubscriptionArn');
    const { Subscriptions } = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: arn }));
    expect(Subscriptions).toEqual([]);
  });

  it('refuses a FIFO queue on a standard topic', async () => {
    const arn = await topic('std-for-fifo');
    await expect(subscribeQueue(arn, 'arn:aws:sqs:us-east-1:000000000000:q.fifo')).rejects.toMatchObject({
      message: expect.stringContaining('FIFO SQS Queues can not be subscribed to standard SNS topics'),
    });
  });
});

describe('SNS delivery to SQS', () => {
  it("delivers the JSON notification with AWS's keys in AWS's order", async () => {
    const arn = await topic('envelope');
    const q = await queue('envelope-q');
    const sub = await subscribeQueue(arn, q.arn);
    const out = await sns.send(
      new PublishCommand({
        TopicArn: arn,
        Message: 'hello',
        Subject: 'greeting',
        MessageAttributes: {
          kind: { DataType: 'String', StringValue: 'welcome' },
          n: { DataType: 'Number', StringValue: '3' },
          b: { DataType: 'Binary', BinaryValue: Buffer.from('bin') },
        },
      }),
    );
    const [msg] = await receiveAll(q.url);
    const body = JSON.parse(msg.Body as string);
    expect(Object.keys(body)).toEqual([
      'Type',
      'MessageId',
      'TopicArn',
      'Subject',
      'Message',
      'Timestamp',
      'SignatureVersion',
      'Signature',
      'SigningCertURL',
      'UnsubscribeURL',
      'MessageAttributes',
    ]);
    expect(body).toMatchObject({
      Type: 'Notification',
      MessageId: out.MessageId,
      TopicArn: arn,
      Subject: 'greeting',
      Message: 'hello',
      SignatureVersion: '1',
      MessageAttributes: {
        kind: { Type: 'String', Value: 'welcome' },
        n: { Type: 'Number', Value: '3' },
        b: { Type: 'Binary', Value: Buffer.from('bin').toString('base64') },
      },
    });
    expect(body.Timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Buffer.from(body.Signature, 'base64')).toHaveLength(256);
    expect(body.UnsubscribeURL).toBe(`${cloud.url}/?Action=Unsubscribe&SubscriptionArn=${sub}`);
    expect(msg.MessageAttributes).toBeUndefined();
  });

  it('leaves Subject and MessageAttributes out of the envelope when not given', async () => {
    const arn = await topic('plain');
    const q = await queue('plain-q');
    await subscribeQueue(arn, q.arn);
    await sns.send(new PublishCommand({ TopicArn: arn, Message: 'plain' }));
    const [msg] = await receiveAll(q.url);
    const body = JSON.parse(msg.Body as string);
    expect('Subject' in body || 'MessageAttributes' in body).toBe(false);
  });

  it('delivers the raw message, with its attributes as SQS message attributes, under RawMessageDelivery', async () => {
    const arn = await topic('raw');
    const q = await queue('raw-q');
    await subscribeQueue(arn, q.arn, { RawMessageDelivery: 'true' });
    await sns.send(
      new PublishCommand({
        TopicArn: arn,
        Message: '{"raw":true}',
        MessageAttributes: { kind: { DataType: 'String', StringValue: 'k' } },
      }),
    );
    const [msg] = await receiveAll(q.url);
    expect(msg.Body).toBe('{"raw":true}');
    expect(msg.MessageAttributes).toEqual({ kind: { DataType: 'String', StringValue: 'k' } });
  });

  it('uses the sqs entry of a json MessageStructure, else default', async () => {
    const arn = await topic('structured');
    const q = await queue('structured-q');
    await subscribeQueue(arn, q.arn, { RawMessageDelivery: 'true' });
    await sns.send(
      new PublishCommand({
        TopicArn: arn,
        MessageStructure: 'json',
        Message: '{"default":"d","sqs":"for queues"}',
      }),
    );
    await sns.send(
      new PublishCommand({ TopicArn: arn, MessageStructure: 'json', Message: '{"default":"d"}' }),
    );
    expect((await receiveAll(q.url)).map((m) => m.Body).sort()).toEqual(['d', 'for queues']);
    await expect(
      sns.send(new PublishCommand({ TopicArn: arn, MessageStructure: 'json', Message: '{"sqs":"x"}' })),
    ).rejects.toMatchObject({
      message: 'Invalid parameter: Message Structure - No default entry in JSON message body',
    });
  });

  it('filters on message attributes', async () => {
    const arn = await topic('filtered');
    const q = await queue('filtered-q');
    await subscribeQueue(arn, q.arn, {
      RawMessageDelivery: 'true',
      FilterPolicy: JSON.stringify({ store: ['example_corp'], price: [{ numeric: ['>=', 100] }] }),
    });
    const send = (message: string, store: string, price: string) =>
      sns.send(
        new PublishCommand({
          TopicArn: arn,
          Message: message,
          MessageAttributes: {
            store: { DataType: 'String', StringValue: store },
            price: { DataType: 'Number', StringValue: price },
          },
        }),
      );
    await send('match', 'example_corp', '150');
    await send('cheap', 'example_corp', '50');
    await send('other store', 'other', '150');
    await sns.send(new PublishCommand({ TopicArn: arn, Message: 'no attributes' }));
    expect((await receiveAll(q.url)).map((m) => m.Body)).toEqual(['match']);
  });

  it('filters on the message body with FilterPolicyScope MessageBody, nested keys included', async () => {
    const arn = await topic('body-filtered');
    const q = await queue('body-filtered-q');
    await subscribeQueue(arn, q.arn, {
      RawMessageDelivery: 'true',
      FilterPolicyScope: 'MessageBody',
      FilterPolicy: JSON.stringify({ order: { status: [{ 'anything-but': 'cancelled' }] } }),
    });
    for (const status of ['paid', 'cancelled']) {
      await sns.send(new PublishCommand({ TopicArn: arn, Message: JSON.stringify({ order: { status } }) }));
    }
    await sns.send(new PublishCommand({ TopicArn: arn, Message: 'not json' }));
    expect((await receiveAll(q.url)).map((m) => m.Body)).toEqual(['{"order":{"status":"paid"}}']);
  });

  it('refuses a nested policy under the MessageAttributes scope', async () => {
    const arn = await topic('nested-attrs');
    const q = await queue('nested-attrs-q');
    await expect(
      subscribeQueue(arn, q.arn, { FilterPolicy: JSON.stringify({ a: { b: ['c'] } }) }),
    ).rejects.toMatchObject({ message: expect.stringContaining('does not support nested filter policy') });
  });

  it('delivers FIFO topics to FIFO queues in order, deduplicating', async () => {
    const arn = await topic('ordered.fifo', { FifoTopic: 'true' });
    const q = await queue('ordered-q.fifo', { FifoQueue: 'true' });
    await subscribeQueue(arn, q.arn, { RawMessageDelivery: 'true' });
    const first = await sns.send(
      new PublishCommand({
        TopicArn: arn,
        Message: 'one',
        MessageGroupId: 'g',
        MessageDeduplicationId: 'd1',
      }),
    );
    const again = await sns.send(
      new PublishCommand({
        TopicArn: arn,
        Message: 'one',
        MessageGroupId: 'g',
        MessageDeduplicationId: 'd1',
      }),
    );
    const second = await sns.send(
      new PublishCommand({
        TopicArn: arn,
        Message: 'two',
        MessageGroupId: 'g',
        MessageDeduplicationId: 'd2',
      }),
    );
    expect(first.SequenceNumber).toMatch(/^\d{20}$/);
    expect(again.MessageId).toBe(first.MessageId);
    expect(BigInt(second.SequenceNumber as string)).toBeGreaterThan(BigInt(first.SequenceNumber as string));
    expect((await receiveAll(q.url)).map((m) => m.Body)).toEqual(['one', 'two']);
  });

  it('requires MessageGroupId and a deduplication id on FIFO topics', async () => {
    const arn = await topic('strict.fifo', { FifoTopic: 'true' });
    await expect(sns.send(new PublishCommand({ TopicArn: arn, Message: 'x' }))).rejects.toMatchObject({
      message: 'Invalid parameter: The MessageGroupId parameter is required for FIFO topics',
    });
    await expect(
      sns.send(new PublishCommand({ TopicArn: arn, Message: 'x', MessageGroupId: 'g' })),
    ).rejects.toMatchObject({
      message:
        'Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    });
  });

  it('publishes through TargetArn as through TopicArn', async () => {
    const arn = await topic('target');
    const q = await queue('target-q');
    await subscribeQueue(arn, q.arn, { RawMessageDelivery: 'true' });
    await sns.send(new PublishCommand({ TargetArn: arn, Message: 'via target' }));
    expect((await receiveAll(q.url)).map((m) => m.Body)).toEqual(['via target']);
  });

  it('publishes for other services through cloud.sns', async () => {
    const arn = await topic('internal');
    const q = await queue('internal-q');
    await subscribeQueue(arn, q.arn, { RawMessageDelivery: 'true' });
    const { messageId } = cloud.cloud.sns!.publish(arn, '{"record":1}');
    expect(messageId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await receiveAll(q.url)).map((m) => m.Body)).toEqual(['{"record":1}']);
    expect(() => cloud.cloud.sns!.publish(`${arn}-missing`, 'x')).toThrow('Topic does not exist');
  });
});

describe('Publish limits and checks', () => {
  it('takes 262,144 bytes and refuses one more', async () => {
    const arn = await topic('limits');
    await sns.send(new PublishCommand({ TopicArn: arn, Message: 'x'.repeat(262_144) }));
    await expect(
      sns.send(new PublishCommand({ TopicArn: arn, Message: 'x'.repeat(262_145) })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Invalid parameter: Message too long',
    });
  });

  it('refuses an empty message and bad message attributes', async () => {
    const arn = await topic('checks');
    await expect(sns.send(new PublishCommand({ TopicArn: arn, Message: '' }))).rejects.toMatchObject({
      message: 'Invalid parameter: Empty message',
    });
    await expect(
      sns.send(
        new PublishCommand({
          TopicArn: arn,
          Message: 'x',
          MessageAttributes: { a: { DataType: 'Date', StringValue: '1' } },
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message:
        "The message attribute 'a' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.",
    });
    await expect(
      sns.send(
        new PublishCommand({
          TopicArn: arn,
          Message: 'x',
          MessageAttributes: { a: { DataType: 'Number', StringValue: 'abc' } },
        }),
      ),
    ).rejects.toMatchObject({ message: "Could not cast message attribute 'a' value to number." });
  });
});

describe('PublishBatch', () => {
  it('publishes up to ten entries with per-entry results', async () => {
    const arn = await topic('batch');
    const q = await queue('batch-q');
    await subscribeQueue(arn, q.arn, { RawMessageDelivery: 'true' });
    const out = await sns.send(
      new PublishBatchCommand({
        TopicArn: arn,
        PublishBatchRequestEntries: [
          { Id: 'a', Message: 'first' },
          { Id: 'b', Message: '' },
          { Id: 'c', Message: 'third', MessageAttributes: { k: { DataType: 'String', StringValue: 'v' } } },
        ],
      }),
    );
    expect(out.Successful?.map((s) => s.Id)).toEqual(['a', 'c']);
    expect(out.Failed).toEqual([
      { Id: 'b', Code: 'InvalidParameter', Message: 'Invalid parameter: Empty message', SenderFault: true },
    ]);
    expect((await receiveAll(q.url)).map((m) => m.Body).sort()).toEqual(['first', 'third']);
  });

  it('refuses more than ten entries and repeated ids', async () => {
    const arn = await topic('batch-limits');
    const entries = Array.from({ length: 11 }, (_, i) => ({ Id: `e${i}`, Message: 'x' }));
    await expect(
      sns.send(new PublishBatchCommand({ TopicArn: arn, PublishBatchRequestEntries: entries })),
    ).rejects.toMatchObject({ name: 'TooManyEntriesInBatchRequestException' });
    await expect(
      sns.send(
        new PublishBatchCommand({
          TopicArn: arn,
          PublishBatchRequestEntries: [
            { Id: 'same', Message: 'x' },
            { Id: 'same', Message: 'y' },
          ],
        }),
      ),
    ).rejects.toMatchObject({ name: 'BatchEntryIdsNotDistinctException' });
  });
});
