import {
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { uniqueName, useSqs } from './sqs-helpers.js';

let sqs: SQSClient;
const cloud = useSqs((client) => {
  sqs = client;
});

const fifoQueue = async (extra: Record<string, string> = {}) =>
  (
    await sqs.send(
      new CreateQueueCommand({
        QueueName: `${uniqueName('f')}.fifo`,
        Attributes: { FifoQueue: 'true', ...extra },
      }),
    )
  ).QueueUrl!;

const arnOf = async (QueueUrl: string) =>
  (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!
    .QueueArn!;

describe('FIFO queues', () => {
  it('deliver a group in order, with increasing sequence numbers', async () => {
    const QueueUrl = await fifoQueue();
    const seqs: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await sqs.send(
        new SendMessageCommand({
          QueueUrl,
          MessageBody: `m${i}`,
          MessageGroupId: 'g',
          MessageDeduplicationId: `d${i}`,
        }),
      );
      seqs.push(r.SequenceNumber!);
    }
    expect(seqs.every((s) => /^\d{20}$/.test(s))).toBe(true);
    expect([...seqs].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))).toEqual(seqs);
    expect(new Set(seqs).size).toBe(5);
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['All'] }),
    );
    expect(Messages?.map((m) => m.Body)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(Messages?.[0].Attributes).toMatchObject({
      MessageGroupId: 'g',
      MessageDeduplicationId: 'd0',
      SequenceNumber: seqs[0],
    });
  });

  it('lock a group while it has messages in flight, but serve other groups', async () => {
    const QueueUrl = await fifoQueue({ ContentBasedDeduplication: 'true' });
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl,
        Entries: [
          { Id: '1', MessageBody: 'a1', MessageGroupId: 'a' },
          { Id: '2', MessageBody: 'b1', MessageGroupId: 'b' },
          { Id: '3', MessageBody: 'a2', MessageGroupId: 'a' },
        ],
      }),
    );
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 1 }));
    expect(first.Messages?.[0].Body).toBe('a1');
    const second = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    expect(second.Messages?.map((m) => m.Body)).toEqual(['b1']);
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: first.Messages![0].ReceiptHandle }));
    const third = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    expect(third.Messages?.map((m) => m.Body)).toEqual(['a2']);
  });

  it('return an unlocked group to its head when visibility runs out', async () => {
    const QueueUrl = await fifoQueue({ ContentBasedDeduplication: 'true' });
    for (const b of ['x1', 'x2'])
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: b, MessageGroupId: 'x' }));
    await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 1, VisibilityTimeout: 1 }));
    const again = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 10 }),
    );
    expect(again.Messages?.map((m) => m.Body)).toEqual(['x1', 'x2']);
  });

  it('drop duplicates by id, or by content when ContentBasedDeduplication is on', async () => {
    const QueueUrl = await fifoQueue();
    const a = await sqs.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: 'one',
        MessageGroupId: 'g',
        MessageDeduplicationId: 'same',
      }),
    );
    const b = await sqs.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: 'two',
        MessageGroupId: 'g',
        MessageDeduplicationId: 'same',
      }),
    );
    expect(b.MessageId).toBe(a.MessageId);
    const cbd = await fifoQueue({ ContentBasedDeduplication: 'true' });
    await sqs.send(new SendMessageCommand({ QueueUrl: cbd, MessageBody: 'same body', MessageGroupId: 'g' }));
    await sqs.send(new SendMessageCommand({ QueueUrl: cbd, MessageBody: 'same body', MessageGroupId: 'h' }));
    for (const url of [QueueUrl, cbd]) {
      const attrs = (
        await sqs.send(
          new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }),
        )
      ).Attributes!;
      expect(attrs.ApproximateNumberOfMessages).toBe('1');
    }
  });

  it('require a group id, a deduplication id without content-based dedup, and no per-message delay', async () => {
    const QueueUrl = await fifoQueue();
    await expect(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' }))).rejects.toThrow(
      'The request must contain the parameter MessageGroupId.',
    );
    await expect(
      sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x', MessageGroupId: 'g' })),
    ).rejects.toThrow(
      'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    );
    await expect(
      sqs.send(
        new SendMessageCommand({
          QueueUrl,
          MessageBody: 'x',
          MessageGroupId: 'g',
          MessageDeduplicationId: 'd',
          DelaySeconds: 5,
        }),
      ),
    ).rejects.toThrow(
      'Value 5 for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.',
    );
  });
});

describe('redrive to a dead-letter queue', () => {
  it('moves a message received maxReceiveCount times, marking its source', async () => {
    const dlq = (await sqs.send(new CreateQueueCommand({ QueueName: uniqueName('dlq') }))).QueueUrl!;
    const dlqArn = await arnOf(dlq);
    const src = (
      await sqs.send(
        new CreateQueueCommand({
          QueueName: uniqueName('src'),
          Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 2 }) },
        }),
      )
    ).QueueUrl!;
    const { MessageId } = await sqs.send(new SendMessageCommand({ QueueUrl: src, MessageBody: 'poison' }));
    for (let i = 0; i < 2; i++) {
      const r = await sqs.send(new ReceiveMessageCommand({ QueueUrl: src, VisibilityTimeout: 0 }));
      expect(r.Messages?.[0].MessageId).toBe(MessageId);
    }
    expect((await sqs.send(new ReceiveMessageCommand({ QueueUrl: src }))).Messages).toBeUndefined();
    const moved = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: dlq, MessageSystemAttributeNames: ['All'] }),
    );
    expect(moved.Messages?.[0]).toMatchObject({ MessageId, Body: 'poison' });
    expect(moved.Messages?.[0].Attributes?.DeadLetterQueueSourceArn).toBe(await arnOf(src));
    expect(moved.Messages?.[0].Attributes?.ApproximateReceiveCount).toBe('1');
  });
});

describe('the internal API', () => {
  it('sends by queue ARN and describes queues', async () => {
    const QueueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: uniqueName('int') }))).QueueUrl!;
    const arn = await arnOf(QueueUrl);
    const internal = cloud.cloud.sqs!;
    expect(internal.describeQueue(arn)).toEqual({ url: QueueUrl, fifo: false });
    expect(internal.describeQueue(`${arn}-missing`)).toBeUndefined();
    const { messageId } = internal.sendMessage(arn, '{"version":"1.0"}', {
      messageAttributes: { RequestID: { DataType: 'String', StringValue: 'abc' } },
      senderId: 'AROAEXAMPLE:fn',
    });
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl,
        MessageAttributeNames: ['All'],
        MessageSystemAttributeNames: ['SenderId'],
      }),
    );
    expect(Messages?.[0]).toMatchObject({ MessageId: messageId, Body: '{"version":"1.0"}' });
    expect(Messages?.[0].Attributes?.SenderId).toBe('AROAEXAMPLE:fn');
    expect(Messages?.[0].MessageAttributes?.RequestID.StringValue).toBe('abc');
    expect(() => internal.sendMessage(`${arn}-missing`, 'x')).toThrow('The specified queue does not exist.');
  });
});
