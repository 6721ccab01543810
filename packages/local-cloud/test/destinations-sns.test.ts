// Lambda destinations on SNS topics: the record is the Message, raw or in SNS's envelope; over SNS's
// 256 KB a failure record loses its payloads; a FIFO topic is a delivery failure, counted.
import { CreateTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import {
  byKey,
  configureDestinations,
  createFunction,
  createQueue,
  eventually,
  expectRecord,
  type InvocationRecord,
  invokeEvent,
  metrics,
  type Queue,
  receive,
  useHarness,
} from './fixtures/destinations/harness.js';

const h = useHarness();

/** A standard topic with two queues subscribed: one with raw delivery, one with SNS's envelope. */
async function topicWithQueues(name: string): Promise<{ topicArn: string; raw: Queue; envelope: Queue }> {
  const { TopicArn } = await h.sns.send(new CreateTopicCommand({ Name: name }));
  const raw = await createQueue(h, `${name}-raw`);
  const envelope = await createQueue(h, `${name}-envelope`);
  await h.sns.send(
    new SubscribeCommand({
      TopicArn,
      Protocol: 'sqs',
      Endpoint: raw.arn,
      Attributes: { RawMessageDelivery: 'true' },
    }),
  );
  await h.sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: envelope.arn }));
  return { topicArn: TopicArn as string, raw, envelope };
}

const recordId = (r: InvocationRecord) => r.requestContext.requestId;

describe('an SNS topic as destination', () => {
  it('gets the success and the failure record as the Message, raw and in the envelope', async () => {
    const { topicArn, raw, envelope } = await topicWithQueues('sns-records');
    await createFunction(h, 'sns-ok', 'node');
    await createFunction(h, 'sns-fail', 'node');
    await configureDestinations(h, 'sns-ok', 0, { onSuccess: topicArn });
    await configureDestinations(h, 'sns-fail', 1, { onFailure: topicArn });
    // Spacing the caller chose: AWS embeds the payload verbatim.
    const okPayload = '{ "order" : 17,\n  "items": ["a", "b"] }';
    const failPayload = '{"fail": true, "message": "sns says no"}';
    const okId = await invokeEvent(h, 'sns-ok', okPayload);
    const failId = await invokeEvent(h, 'sns-fail', failPayload);

    const rawRecords = byKey<InvocationRecord>(
      (await receive(h, raw, 2)).map((m) => m.Body as string),
      recordId,
    );
    expect(Object.keys(rawRecords).sort()).toEqual([okId, failId].sort());
    expectRecord(rawRecords[okId].value, {
      requestId: okId,
      functionName: 'sns-ok',
      runtime: 'node',
      condition: 'Success',
      approximateInvokeCount: 1,
      requestPayload: JSON.parse(okPayload),
    });
    expect(rawRecords[okId].text).toContain(`"requestPayload":${okPayload},"responseContext":{`);
    expectRecord(rawRecords[failId].value, {
      requestId: failId,
      functionName: 'sns-fail',
      runtime: 'node',
      condition: 'RetriesExhausted',
      approximateInvokeCount: 2,
      requestPayload: JSON.parse(failPayload),
      errorMessage: 'sns says no',
    });
    expect(rawRecords[failId].text).toContain(`"requestPayload":${failPayload},"responseContext":{`);

    const notifications = (await receive(h, envelope, 2)).map(
      (m) => JSON.parse(m.Body as string) as Record<string, unknown>,
    );
    for (const n of notifications) {
      expect(n).toMatchObject({ Type: 'Notification', TopicArn: topicArn, SignatureVersion: '1' });
      expect(n).not.toHaveProperty('Subject');
      expect(n).not.toHaveProperty('MessageAttributes');
      const record = JSON.parse(n.Message as string) as InvocationRecord;
      // The Message is the record's very text, byte for byte the raw delivery.
      expect(n.Message).toBe(rawRecords[recordId(record)].text);
    }
  });

  it.each([
    ['a request payload', { fail: true, message: 'big request', pad: 'r'.repeat(300 * 1024) }],
    ['an error payload', { fail: true, message: `big error ${'e'.repeat(300 * 1024)}` }],
  ])('drops both payloads from a failure record over 256 KB (%s)', async (_what, event) => {
    const name = `sns-big-${event.message.length > 1000 ? 'error' : 'request'}`;
    const { topicArn, raw, envelope } = await topicWithQueues(`${name}-topic`);
    await createFunction(h, name, 'node');
    await configureDestinations(h, name, 0, { onFailure: topicArn });
    const small = await invokeEvent(h, name, '{"fail":true,"message":"small"}');
    const big = await invokeEvent(h, name, JSON.stringify(event));
    const records = byKey<InvocationRecord>(
      (await receive(h, raw, 2)).map((m) => m.Body as string),
      recordId,
    );
    expectRecord(records[small].value, {
      requestId: small,
      functionName: name,
      runtime: 'node',
      condition: 'RetriesExhausted',
      approximateInvokeCount: 1,
      requestPayload: { fail: true, message: 'small' },
      errorMessage: 'small',
    });
    expectRecord(records[big].value, {
      requestId: big,
      functionName: name,
      runtime: 'node',
      condition: 'RetriesExhausted',
      approximateInvokeCount: 1,
      requestPayload: event,
      payloadsDropped: true,
    });
    expect(Buffer.byteLength(records[big].text)).toBeLessThanOrEqual(256 * 1024);
    const wrapped = (await receive(h, envelope, 2)).map((m) => JSON.parse(m.Body as string).Message);
    expect(wrapped.sort()).toEqual([records[small].text, records[big].text].sort());
  });

  it('counts a FIFO topic as a delivery failure and publishes nothing to it', async () => {
    const { TopicArn } = await h.sns.send(
      new CreateTopicCommand({
        Name: 'sns-records.fifo',
        Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' },
      }),
    );
    const fifoQueue = await createQueue(h, 'sns-fifo-subscriber.fifo', {
      FifoQueue: 'true',
      ContentBasedDeduplication: 'true',
    });
    await h.sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: fifoQueue.arn }));
    // The dead-letter queue tells when the failed event is done: Lambda sends to both.
    const dlq = await createQueue(h, 'sns-fifo-dlq');
    await createFunction(h, 'sns-to-fifo', 'node', { deadLetterArn: dlq.arn });
    // Accepted in the config, as AWS accepts it; refused only at delivery.
    await configureDestinations(h, 'sns-to-fifo', 0, { onSuccess: TopicArn, onFailure: TopicArn });
    await invokeEvent(h, 'sns-to-fifo', '{"n":1}');
    const failId = await invokeEvent(h, 'sns-to-fifo', '{"fail":true}');
    const [dead] = await receive(h, dlq, 1);
    expect(dead.MessageAttributes?.RequestID?.StringValue).toBe(failId);

    const failures = await eventually(async () => {
      const n = (await metrics(h)).DestinationDeliveryFailures?.['sns-to-fifo'];
      return n === 2 ? n : undefined;
    });
    expect(failures).toBe(2);
    const { Attributes } = await h.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: fifoQueue.url,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    expect(Attributes).toEqual({
      ApproximateNumberOfMessages: '0',
      ApproximateNumberOfMessagesNotVisible: '0',
    });
  });
});
