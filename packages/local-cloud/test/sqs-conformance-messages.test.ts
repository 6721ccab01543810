// SQS messages as AWS handles them: receipt handles of earlier deliveries, FIFO handles whose delivery is
// over, the checks a batch makes as a whole, attribute selection by prefix, and a purge's deduplication.
import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  type Message,
  PurgeQueueCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { uniqueName, useSqs } from './sqs-helpers.js';

let sqs: SQSClient;
useSqs((client) => {
  sqs = client;
});

const newQueue = async (Attributes?: Record<string, string>, fifo = false) =>
  (
    await sqs.send(
      new CreateQueueCommand({
        QueueName: fifo ? `${uniqueName('fifo')}.fifo` : uniqueName(),
        Attributes: fifo ? { FifoQueue: 'true', ...Attributes } : Attributes,
      }),
    )
  ).QueueUrl!;

const receiveOne = async (QueueUrl: string, options: { VisibilityTimeout?: number; wait?: number } = {}) => {
  const { Messages } = await sqs.send(
    new ReceiveMessageCommand({
      QueueUrl,
      VisibilityTimeout: options.VisibilityTimeout,
      WaitTimeSeconds: options.wait ?? 10,
      MessageSystemAttributeNames: ['ApproximateReceiveCount'],
    }),
  );
  expect(Messages).toHaveLength(1);
  return Messages![0] as Message & { ReceiptHandle: string };
};

const inFlight = async (QueueUrl: string) =>
  (
    await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    )
  ).Attributes!;

describe('receipt handles', () => {
  it('let a handle of an earlier delivery change the visibility of the current one', async () => {
    const QueueUrl = await newQueue();
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'twice' }));
    const first = await receiveOne(QueueUrl, { VisibilityTimeout: 0 });
    const second = await receiveOne(QueueUrl, { VisibilityTimeout: 600 });
    expect(second.Attributes?.ApproximateReceiveCount).toBe('2');
    await sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl,
        ReceiptHandle: first.ReceiptHandle,
        VisibilityTimeout: 0,
      }),
    );
    const third = await receiveOne(QueueUrl, { wait: 0 });
    expect(third.MessageId).toBe(first.MessageId);
  });

  it('answer success and change nothing when the visibility already ran out', async () => {
    const QueueUrl = await newQueue();
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'expired' }));
    const once = await receiveOne(QueueUrl, { VisibilityTimeout: 1 });
    // Wait for it to be visible again, without receiving it.
    for (let i = 0; i < 100 && (await inFlight(QueueUrl)).ApproximateNumberOfMessages !== '1'; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await inFlight(QueueUrl)).toEqual({
      ApproximateNumberOfMessages: '1',
      ApproximateNumberOfMessagesNotVisible: '0',
    });
    await sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl,
        ReceiptHandle: once.ReceiptHandle,
        VisibilityTimeout: 600,
      }),
    );
    expect((await inFlight(QueueUrl)).ApproximateNumberOfMessages).toBe('1');
  });

  it('on a FIFO queue, refuse to delete with a handle whose visibility ran out: the receipt handle has expired', async () => {
    const QueueUrl = await newQueue({ ContentBasedDeduplication: 'true' }, true);
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'g1-m1', MessageGroupId: '1' }));
    const got = await receiveOne(QueueUrl, { VisibilityTimeout: 0 });
    const err = await sqs
      .send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: got.ReceiptHandle }))
      .catch((e) => e);
    expect(err).toMatchObject({
      name: 'InvalidParameterValue',
      message: `Value ${got.ReceiptHandle} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.`,
    });
    expect((await inFlight(QueueUrl)).ApproximateNumberOfMessages).toBe('1');
    const again = await receiveOne(QueueUrl);
    const batch = await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl,
        Entries: [
          { Id: 'old', ReceiptHandle: got.ReceiptHandle },
          { Id: 'new', ReceiptHandle: again.ReceiptHandle },
        ],
      }),
    );
    expect(batch.Successful).toEqual([{ Id: 'new' }]);
    expect(batch.Failed?.[0]).toMatchObject({ Id: 'old', Code: 'InvalidParameterValue', SenderFault: true });
  });
});

describe('SendMessageBatch', () => {
  it('on a FIFO queue, fails as a whole when an entry lacks its group id or deduplication id', async () => {
    const QueueUrl = await newQueue({}, true);
    const noGroup = await sqs
      .send(
        new SendMessageBatchCommand({
          QueueUrl,
          Entries: [
            { Id: 'a', MessageBody: 'x', MessageGroupId: 'g', MessageDeduplicationId: 'd1' },
            { Id: 'b', MessageBody: 'y', MessageDeduplicationId: 'd2' },
          ],
        }),
      )
      .catch((e) => e);
    expect(noGroup).toMatchObject({
      name: 'InvalidParameterValue',
      message: 'The request must contain the parameter MessageGroupId.',
    });
    const noDedup = await sqs
      .send(
        new SendMessageBatchCommand({
          QueueUrl,
          Entries: [
            { Id: 'a', MessageBody: 'x', MessageGroupId: 'g', MessageDeduplicationId: 'd1' },
            { Id: 'b', MessageBody: 'y', MessageGroupId: 'g' },
          ],
        }),
      )
      .catch((e) => e);
    expect(noDedup).toMatchObject({
      name: 'InvalidParameterValue',
      message:
        'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    });
    expect((await inFlight(QueueUrl)).ApproximateNumberOfMessages).toBe('0');
  });

  it('fails an entry without a body with EmptyValue, and sends the others', async () => {
    const QueueUrl = await newQueue();
    const out = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl,
        Entries: [
          { Id: '1', MessageBody: 'valid' },
          { Id: '2', MessageBody: '' },
        ],
      }),
    );
    expect(out.Successful?.map((e) => e.Id)).toEqual(['1']);
    expect(out.Failed).toMatchObject([{ Id: '2', Code: 'EmptyValue', SenderFault: true }]);
  });

  it("counts attributes in the batch's size, against 1 MiB rather than the queue's MaximumMessageSize", async () => {
    const small = await newQueue({ MaximumMessageSize: '2048' });
    const attributes = { k: { DataType: 'String', StringValue: 'x' } };
    // As recorded on AWS: each message within the queue's limit, the batch over it, still accepted.
    const fits = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: small,
        Entries: [
          { Id: '1', MessageBody: 'a'.repeat(2048 - 8), MessageAttributes: attributes },
          { Id: '2', MessageBody: 'a' },
        ],
      }),
    );
    expect(fits.Successful).toHaveLength(2);
    const big = await newQueue();
    const err = await sqs
      .send(
        new SendMessageBatchCommand({
          QueueUrl: big,
          Entries: [
            { Id: '1', MessageBody: 'a'.repeat(1_048_576 - 8), MessageAttributes: attributes },
            { Id: '2', MessageBody: 'a' },
          ],
        }),
      )
      .catch((e) => e);
    expect(err).toMatchObject({
      name: 'BatchRequestTooLong',
      message: 'Batch requests cannot be longer than 1048576 bytes. You have sent 1048577 bytes.',
    });
  });
});

describe('ReceiveMessage', () => {
  it('selects message attributes with *, and by what comes before .* in a prefix', async () => {
    const QueueUrl = await newQueue();
    await sqs.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: 'msg',
        MessageAttributes: {
          'Help.Me': { DataType: 'String', StringValue: 'Me' },
          Hello: { DataType: 'String', StringValue: 'There' },
          General: { DataType: 'String', StringValue: 'Kenobi' },
          Custom1: { DataType: 'String', StringValue: 'one' },
        },
      }),
    );
    const names = async (MessageAttributeNames: string[]) => {
      const { Messages } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl, MessageAttributeNames, VisibilityTimeout: 0 }),
      );
      return Object.keys(Messages![0].MessageAttributes ?? {}).sort();
    };
    expect(await names(['*'])).toEqual(['Custom1', 'General', 'Hello', 'Help.Me']);
    expect(await names(['Hel.*'])).toEqual(['Hello', 'Help.Me']);
    expect(await names(['Custom.*'])).toEqual(['Custom1']);
    expect(await names(['Foo', 'Help'])).toEqual([]);
  });
});

describe('PurgeQueue', () => {
  it("forgets a FIFO queue's deduplication ids", async () => {
    const QueueUrl = await newQueue({}, true);
    const send = (MessageBody: string) =>
      sqs.send(
        new SendMessageCommand({
          QueueUrl,
          MessageBody,
          MessageGroupId: 'g',
          MessageDeduplicationId: 'same',
        }),
      );
    await send('message-1');
    await sqs.send(new PurgeQueueCommand({ QueueUrl }));
    await send('message-2');
    expect((await receiveOne(QueueUrl, { wait: 1 })).Body).toBe('message-2');
  });
});
