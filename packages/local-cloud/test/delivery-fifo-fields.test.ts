// A message crossing services keeps or drops the FIFO fields as AWS does: SNS and EventBridge to standard
// and FIFO queues, Lambda's dead-letter queue to FIFO queues and topics.
import { PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { PutFunctionEventInvokeConfigCommand } from '@aws-sdk/client-lambda';
import { CreateTopicCommand, PublishCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, type Message, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import {
  createFunction,
  createQueue,
  eventually,
  invokeEvent,
  metrics,
  type Queue,
  receive,
  useHarness,
} from './fixtures/destinations/harness.js';

const h = useHarness();

/** Receives `count` messages with their system attributes (MessageGroupId, MessageDeduplicationId, ...). */
async function receiveWithFifoFields(queue: Queue, count: number): Promise<Message[]> {
  const out: Message[] = [];
  for (let i = 0; i < 10 && out.length < count; i++) {
    const r = await h.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queue.url,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
        MessageSystemAttributeNames: ['All'],
        MessageAttributeNames: ['All'],
      }),
    );
    out.push(...(r.Messages ?? []));
  }
  expect(out).toHaveLength(count);
  return out;
}

async function messagesIn(queue: Queue): Promise<number> {
  const { Attributes } = await h.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queue.url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(Attributes?.ApproximateNumberOfMessages) +
    Number(Attributes?.ApproximateNumberOfMessagesNotVisible)
  );
}

async function fifoTopic(name: string, contentBased = false): Promise<string> {
  const { TopicArn } = await h.sns.send(
    new CreateTopicCommand({
      Name: `${name}.fifo`,
      Attributes: { FifoTopic: 'true', ...(contentBased ? { ContentBasedDeduplication: 'true' } : {}) },
    }),
  );
  return TopicArn as string;
}

async function subscribe(topicArn: string, queue: Queue, raw: boolean): Promise<void> {
  await h.sns.send(
    new SubscribeCommand({
      TopicArn: topicArn,
      Protocol: 'sqs',
      Endpoint: queue.arn,
      Attributes: raw ? { RawMessageDelivery: 'true' } : undefined,
    }),
  );
}

describe('SNS to SQS', () => {
  it('a FIFO topic delivers to a standard queue subscription without FIFO fields', async () => {
    const topicArn = await fifoTopic('to-standard');
    const raw = await createQueue(h, 'fifo-topic-standard-raw');
    const envelope = await createQueue(h, 'fifo-topic-standard-envelope');
    const fifo = await createQueue(h, 'fifo-topic-fifo.fifo', { FifoQueue: 'true' });
    await subscribe(topicArn, raw, true);
    await subscribe(topicArn, envelope, false);
    await subscribe(topicArn, fifo, true);
    await h.sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Message: 'price 17',
        MessageGroupId: 'product-214',
        MessageDeduplicationId: 'update-1',
      }),
    );

    const [plain] = await receiveWithFifoFields(raw, 1);
    expect(plain.Body).toBe('price 17');
    expect(plain.Attributes?.MessageGroupId).toBeUndefined();
    expect(plain.Attributes?.MessageDeduplicationId).toBeUndefined();
    const [wrapped] = await receiveWithFifoFields(envelope, 1);
    expect(JSON.parse(wrapped.Body as string)).toMatchObject({ Type: 'Notification', Message: 'price 17' });
    expect(wrapped.Attributes?.MessageGroupId).toBeUndefined();
    // The FIFO queue on the same topic keeps both.
    const [ordered] = await receiveWithFifoFields(fifo, 1);
    expect(ordered.Attributes).toMatchObject({
      MessageGroupId: 'product-214',
      MessageDeduplicationId: 'update-1',
    });
  });

  it('a FIFO topic with content-based deduplication delivers to a standard queue subscription', async () => {
    const topicArn = await fifoTopic('cbd-to-standard', true);
    const queue = await createQueue(h, 'cbd-fifo-topic-standard');
    await subscribe(topicArn, queue, true);
    await h.sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'hashed', MessageGroupId: 'g' }));
    const [m] = await receiveWithFifoFields(queue, 1);
    expect(m.Body).toBe('hashed');
    expect(m.Attributes?.MessageDeduplicationId).toBeUndefined();
  });

  it("a standard topic forwards the publisher's MessageGroupId to a standard queue subscription (fair queues)", async () => {
    const { TopicArn } = await h.sns.send(new CreateTopicCommand({ Name: 'fair-standard' }));
    const queue = await createQueue(h, 'fair-standard-queue');
    await subscribe(TopicArn as string, queue, true);
    await h.sns.send(new PublishCommand({ TopicArn, Message: 'tenant message', MessageGroupId: 'tenant-7' }));
    const [m] = await receiveWithFifoFields(queue, 1);
    expect(m.Body).toBe('tenant message');
    expect(m.Attributes?.MessageGroupId).toBe('tenant-7');
    expect(m.Attributes?.MessageDeduplicationId).toBeUndefined();
  });
});

describe('EventBridge to SQS', () => {
  async function ruleTo(name: string, target: Queue, groupId?: string): Promise<void> {
    await h.events.send(
      new PutRuleCommand({ Name: name, EventPattern: JSON.stringify({ source: [`test.${name}`] }) }),
    );
    await h.events.send(
      new PutTargetsCommand({
        Rule: name,
        Targets: [
          {
            Id: 'q',
            Arn: target.arn,
            SqsParameters: groupId === undefined ? undefined : { MessageGroupId: groupId },
          },
        ],
      }),
    );
  }

  async function put(name: string): Promise<string> {
    const out = await h.events.send(
      new PutEventsCommand({ Entries: [{ Source: `test.${name}`, DetailType: 't', Detail: '{"n":1}' }] }),
    );
    return out.Entries?.[0]?.EventId as string;
  }

  it("a rule delivers to a FIFO queue with the target's MessageGroupId and the event id as deduplication id", async () => {
    const queue = await createQueue(h, 'eb-target.fifo', { FifoQueue: 'true' });
    await ruleTo('eb-fifo', queue, 'orders');
    const eventId = await put('eb-fifo');
    const [m] = await receiveWithFifoFields(queue, 1);
    expect(JSON.parse(m.Body as string)).toMatchObject({ id: eventId, source: 'test.eb-fifo' });
    expect(m.Attributes).toMatchObject({ MessageGroupId: 'orders', MessageDeduplicationId: eventId });
  });

  it('a rule delivers to a standard queue without FIFO fields, even with SqsParameters', async () => {
    const queue = await createQueue(h, 'eb-target-standard');
    await ruleTo('eb-standard', queue, 'orders');
    const eventId = await put('eb-standard');
    const [m] = await receiveWithFifoFields(queue, 1);
    expect(JSON.parse(m.Body as string)).toMatchObject({ id: eventId });
    expect(m.Attributes?.MessageGroupId).toBeUndefined();
    expect(m.Attributes?.MessageDeduplicationId).toBeUndefined();
  });
});

describe("Lambda's dead-letter queue", () => {
  it('takes standard queues and topics only: a FIFO queue or topic gets nothing and counts DeadLetterErrors', async () => {
    const fifoQueue = await createQueue(h, 'dlq-refused.fifo', {
      FifoQueue: 'true',
      ContentBasedDeduplication: 'true',
    });
    const topicArn = await fifoTopic('dlq-refused', true);
    const subscriber = await createQueue(h, 'dlq-refused-subscriber.fifo', { FifoQueue: 'true' });
    await subscribe(topicArn, subscriber, true);
    await createFunction(h, 'dlq-to-fifo-queue', 'node', { deadLetterArn: fifoQueue.arn });
    await createFunction(h, 'dlq-to-fifo-topic', 'node', { deadLetterArn: topicArn });
    for (const name of ['dlq-to-fifo-queue', 'dlq-to-fifo-topic']) {
      await h.lambda.send(
        new PutFunctionEventInvokeConfigCommand({ FunctionName: name, MaximumRetryAttempts: 0 }),
      );
      await invokeEvent(h, name, '{"fail":true}');
    }
    const errors = await eventually(async () => {
      const m = (await metrics(h)).DeadLetterErrors ?? {};
      return m['dlq-to-fifo-queue'] && m['dlq-to-fifo-topic'] ? m : undefined;
    });
    expect(errors).toMatchObject({ 'dlq-to-fifo-queue': 1, 'dlq-to-fifo-topic': 1 });
    expect(await messagesIn(fifoQueue)).toBe(0);
    expect(await messagesIn(subscriber)).toBe(0);
  });

  it('still reaches a standard queue beside them', async () => {
    const dlq = await createQueue(h, 'dlq-standard');
    await createFunction(h, 'dlq-to-standard', 'node', { deadLetterArn: dlq.arn });
    await h.lambda.send(
      new PutFunctionEventInvokeConfigCommand({ FunctionName: 'dlq-to-standard', MaximumRetryAttempts: 0 }),
    );
    const id = await invokeEvent(h, 'dlq-to-standard', '{"fail":true}');
    const [m] = await receive(h, dlq, 1);
    expect(m.Body).toBe('{"fail":true}');
    expect(m.MessageAttributes?.RequestID?.StringValue).toBe(id);
  });
});
