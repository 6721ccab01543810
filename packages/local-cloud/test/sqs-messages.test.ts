import { connect } from 'node:net';
import {
  BatchEntryIdsNotDistinct,
  ChangeMessageVisibilityBatchCommand,
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  EmptyBatchRequest,
  GetQueueAttributesCommand,
  InvalidBatchEntryId,
  InvalidMessageContents,
  PurgeQueueCommand,
  PurgeQueueInProgress,
  ReceiptHandleIsInvalid,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  type SQSClient,
  TooManyEntriesInBatchRequest,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { md5OfAttributes } from '../src/sqs/md5.js';
import { uniqueName, useSqs } from './sqs-helpers.js';

let sqs: SQSClient;
const cloud = useSqs((client) => {
  sqs = client;
});

const newQueue = async (Attributes?: Record<string, string>) =>
  (await sqs.send(new CreateQueueCommand({ QueueName: uniqueName(), Attributes }))).QueueUrl!;
const counts = async (QueueUrl: string) =>
  (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }))).Attributes!;

describe('MD5 digests', () => {
  it('match the vectors AWS returns for body and attributes', async () => {
    const QueueUrl = await newQueue();
    const sent = await sqs.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: 'derp',
        MessageAttributes: { timestamp: { DataType: 'Number', StringValue: '1493147359900' } },
      }),
    );
    expect(sent.MD5OfMessageBody).toBe('58fd9edd83341c29f1aebba81c31e257');
    expect(sent.MD5OfMessageAttributes).toBe('235c5c510d26fb653d073faed50ae77c');
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl, MessageAttributeNames: ['All'] }),
    );
    expect(Messages?.[0].MD5OfBody).toBe('58fd9edd83341c29f1aebba81c31e257');
    expect(Messages?.[0].MD5OfMessageAttributes).toBe('235c5c510d26fb653d073faed50ae77c');
  });

  it('digest attributes sorted by name, binary with transport byte 2', () => {
    expect(
      md5OfAttributes({ 'SOME_Valid.attribute-Name': { DataType: 'Number', StringValue: '1493147359900' } }),
    ).toBe('36655e7e9d7c0e8479fa3f3f42247ae7');
    const a = { DataType: 'String', StringValue: 'x' };
    const b = { DataType: 'Binary', BinaryValue: Buffer.from([1, 2, 3]) };
    expect(md5OfAttributes({ a, b })).toBe(md5OfAttributes({ b, a }));
    expect(md5OfAttributes({ a, b })).not.toBe(md5OfAttributes({ a, b: { ...b, DataType: 'String' } }));
  });

  it('round-trip binary attributes and the trace header through the SDK', async () => {
    const QueueUrl = await newQueue();
    const sent = await sqs.send(
      new SendMessageCommand({
        QueueUrl,
        MessageBody: 'with binary ✓',
        MessageAttributes: { blob: { DataType: 'Binary', BinaryValue: new Uint8Array([0, 255, 7]) } },
        MessageSystemAttributes: {
          AWSTraceHeader: { DataType: 'String', StringValue: 'Root=1-5759e988-bd862e3fe1be46a994272793' },
        },
      }),
    );
    expect(sent.MD5OfMessageSystemAttributes).toMatch(/^[0-9a-f]{32}$/);
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl,
        MessageAttributeNames: ['All'],
        MessageSystemAttributeNames: ['AWSTraceHeader'],
      }),
    );
    const m = Messages![0];
    expect(Buffer.from(m.MessageAttributes!.blob.BinaryValue!)).toEqual(Buffer.from([0, 255, 7]));
    expect(m.MD5OfMessageAttributes).toBe(sent.MD5OfMessageAttributes);
    expect(m.Attributes).toEqual({ AWSTraceHeader: 'Root=1-5759e988-bd862e3fe1be46a994272793' });
  });
});

describe('send, receive, delete', () => {
  it('receives up to MaxNumberOfMessages with the system attributes asked for', async () => {
    const QueueUrl = await newQueue();
    for (let i = 0; i < 12; i++) await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `m${i}` }));
    const first = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, AttributeNames: ['All'] }),
    );
    expect(first.Messages).toHaveLength(10);
    const attrs = first.Messages![0].Attributes!;
    expect(attrs.ApproximateReceiveCount).toBe('1');
    expect(attrs.SenderId).toBe('000000000000');
    expect(Number(attrs.SentTimestamp)).toBeLessThanOrEqual(Number(attrs.ApproximateFirstReceiveTimestamp));
    const second = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    expect(second.Messages).toHaveLength(2);
    expect(second.Messages![0].Attributes).toBeUndefined();
    expect((await counts(QueueUrl)).ApproximateNumberOfMessagesNotVisible).toBe('12');
    for (const m of [...first.Messages!, ...second.Messages!]) {
      await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: m.ReceiptHandle }));
    }
    const after = await counts(QueueUrl);
    expect([after.ApproximateNumberOfMessages, after.ApproximateNumberOfMessagesNotVisible]).toEqual([
      '0',
      '0',
    ]);
  });

  it('selects message attributes by name, by prefix and with All', async () => {
    const QueueUrl = await newQueue();
    const MessageAttributes = {
      'app.id': { DataType: 'String', StringValue: '1' },
      'app.kind': { DataType: 'String', StringValue: 'x' },
      other: { DataType: 'Number', StringValue: '3' },
    };
    const ask = async (names: string[]) => {
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'b', MessageAttributes }));
      const { Messages } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl, MessageAttributeNames: names }),
      );
      await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: Messages![0].ReceiptHandle }));
      return Object.keys(Messages![0].MessageAttributes ?? {}).sort();
    };
    expect(await ask(['app.*'])).toEqual(['app.id', 'app.kind']);
    expect(await ask(['other'])).toEqual(['other']);
    expect(await ask(['All'])).toEqual(['app.id', 'app.kind', 'other']);
    expect(await ask(['.*'])).toEqual(['app.id', 'app.kind', 'other']);
    expect(await ask([])).toEqual([]);
  });

  it('refuses an invalid receipt handle, and deletes nothing with a stale one', async () => {
    const QueueUrl = await newQueue();
    const err = await sqs
      .send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: 'garbage' }))
      .catch((e) => e);
    expect(err).toBeInstanceOf(ReceiptHandleIsInvalid);
    expect(err.message).toBe('The input receipt handle "garbage" is not a valid receipt handle.');
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' }));
    const first = (await sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 0 })))
      .Messages![0];
    const second = (await sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 0 })))
      .Messages![0];
    expect(second.MessageId).toBe(first.MessageId);
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: first.ReceiptHandle }));
    expect((await counts(QueueUrl)).ApproximateNumberOfMessages).toBe('1');
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: second.ReceiptHandle }));
    expect((await counts(QueueUrl)).ApproximateNumberOfMessages).toBe('0');
  });

  it('validates body and receive parameters with AWS messages', async () => {
    const QueueUrl = await newQueue({ MaximumMessageSize: '1024' });
    await expect(
      sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x'.repeat(1025) })),
    ).rejects.toThrow('One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.');
    await expect(
      sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'bell \u0007' })),
    ).rejects.toBeInstanceOf(InvalidMessageContents);
    await expect(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: '' }))).rejects.toThrow(
      'The request must contain the parameter MessageBody.',
    );
    await expect(
      sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x', DelaySeconds: 901 })),
    ).rejects.toThrow(
      'Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.',
    );
    await expect(sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 11 }))).rejects.toThrow(
      'Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.',
    );
    await expect(sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 21 }))).rejects.toThrow(
      'Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.',
    );
    await expect(
      sqs.send(
        new SendMessageCommand({
          QueueUrl,
          MessageBody: 'x',
          MessageAttributes: { n: { DataType: 'Number', StringValue: 'abc' } },
        }),
      ),
    ).rejects.toThrow("Can't cast the value of message (user) attribute 'n' to a number.");
  });

  it('accepts a body of 1 MiB on a default queue', async () => {
    const QueueUrl = await newQueue();
    const body = 'y'.repeat(1_048_576);
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: body }));
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    expect(Messages?.[0].Body?.length).toBe(1_048_576);
    await expect(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `${body}y` }))).rejects.toThrow(
      'Message must be shorter than 1048576 bytes.',
    );
  });
});

describe('batches', () => {
  it('sends, deletes and changes visibility of up to ten, reporting each entry', async () => {
    const QueueUrl = await newQueue();
    const sent = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl,
        Entries: [
          { Id: 'a', MessageBody: 'one' },
          { Id: 'b', MessageBody: 'two', MessageAttributes: { k: { DataType: 'String', StringValue: 'v' } } },
          { Id: 'bad', MessageBody: 'x', DelaySeconds: 1000 },
        ],
      }),
    );
    expect(sent.Successful?.map((e) => e.Id)).toEqual(['a', 'b']);
    expect(sent.Successful?.[1].MD5OfMessageAttributes).toMatch(/^[0-9a-f]{32}$/);
    expect(sent.Failed).toEqual([
      {
        Id: 'bad',
        SenderFault: true,
        Code: 'InvalidParameterValue',
        Message:
          'Value 1000 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.',
      },
    ]);
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    const vis = await sqs.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl,
        Entries: [
          { Id: 'x', ReceiptHandle: Messages![0].ReceiptHandle, VisibilityTimeout: 0 },
          { Id: 'y', ReceiptHandle: 'nonsense', VisibilityTimeout: 0 },
        ],
      }),
    );
    expect(vis.Successful).toEqual([{ Id: 'x' }]);
    expect(vis.Failed?.[0]).toMatchObject({ Id: 'y', Code: 'ReceiptHandleIsInvalid', SenderFault: true });
    const del = await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl,
        Entries: Messages!.map((m, i) => ({ Id: `d${i}`, ReceiptHandle: m.ReceiptHandle })),
      }),
    );
    expect(del.Successful).toHaveLength(2);
    expect(del.Failed).toEqual([]);
  });

  it('refuses empty, oversized, repeated-id and badly named batches', async () => {
    const QueueUrl = await newQueue();
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ Id: `e${i}`, MessageBody: 'x' }));
    await expect(sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [] }))).rejects.toBeInstanceOf(
      EmptyBatchRequest,
    );
    const many = await sqs
      .send(new SendMessageBatchCommand({ QueueUrl, Entries: entries(11) }))
      .catch((e) => e);
    expect(many).toBeInstanceOf(TooManyEntriesInBatchRequest);
    expect(many.message).toBe('Maximum number of entries per request are 10. You have sent 11.');
    expect(many.Code).toBe('AWS.SimpleQueueService.TooManyEntriesInBatchRequest');
    await expect(
      sqs.send(
        new SendMessageBatchCommand({ QueueUrl, Entries: [...entries(2), { Id: 'e0', MessageBody: 'y' }] }),
      ),
    ).rejects.toBeInstanceOf(BatchEntryIdsNotDistinct);
    await expect(
      sqs.send(
        new DeleteMessageBatchCommand({ QueueUrl, Entries: [{ Id: 'no spaces', ReceiptHandle: 'r' }] }),
      ),
    ).rejects.toBeInstanceOf(InvalidBatchEntryId);
  });
});

describe('visibility and delays', () => {
  it('hides a received message until its visibility timeout ends, then delivers it again', async () => {
    const QueueUrl = await newQueue();
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'again' }));
    const first = (await sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 1 })))
      .Messages![0];
    expect((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages).toBeUndefined();
    const again = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 10, AttributeNames: ['All'] }),
    );
    expect(again.Messages?.[0].MessageId).toBe(first.MessageId);
    expect(again.Messages?.[0].Attributes?.ApproximateReceiveCount).toBe('2');
    expect(again.Messages?.[0].ReceiptHandle).not.toBe(first.ReceiptHandle);
  });

  it('releases a message at once with ChangeMessageVisibility 0, and leaves one not in flight alone', async () => {
    const QueueUrl = await newQueue();
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' }));
    const m = (await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages![0];
    await sqs.send(
      new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 0 }),
    );
    const again = (await sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 0 })))
      .Messages![0];
    expect(again.MessageId).toBe(m.MessageId);
    // Received with visibility 0, it is not in flight: AWS answers success and changes nothing.
    await sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl,
        ReceiptHandle: again.ReceiptHandle,
        VisibilityTimeout: 10,
      }),
    );
    expect((await counts(QueueUrl)).ApproximateNumberOfMessages).toBe('1');
    await expect(
      sqs.send(
        new ChangeMessageVisibilityCommand({
          QueueUrl,
          ReceiptHandle: m.ReceiptHandle,
          VisibilityTimeout: 43201,
        }),
      ),
    ).rejects.toThrow('Value 43201 for parameter VisibilityTimeout is invalid.');
  });

  it('holds a delayed message back, counting it as delayed', async () => {
    const QueueUrl = await newQueue({ DelaySeconds: '1' });
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'queue delay' }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'no delay', DelaySeconds: 0 }));
    expect((await counts(QueueUrl)).ApproximateNumberOfMessagesDelayed).toBe('1');
    const now = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    expect(now.Messages?.map((m) => m.Body)).toEqual(['no delay']);
    const later = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 10 }));
    expect(later.Messages?.map((m) => m.Body)).toEqual(['queue delay']);
  });
});

describe('long polling', () => {
  it('wakes the moment a message is sent', async () => {
    const QueueUrl = await newQueue();
    const poll = sqs.send(
      new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20, MaxNumberOfMessages: 10 }),
    );
    await new Promise((r) => setTimeout(r, 50));
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl,
        Entries: [
          { Id: '1', MessageBody: 'a' },
          { Id: '2', MessageBody: 'b' },
        ],
      }),
    );
    const { Messages } = await poll;
    expect(Messages?.map((m) => m.Body).sort()).toEqual(['a', 'b']);
  });

  it('uses the queue ReceiveMessageWaitTimeSeconds when the call names none', async () => {
    const QueueUrl = await newQueue({ ReceiveMessageWaitTimeSeconds: '20' });
    const poll = sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    await new Promise((r) => setTimeout(r, 50));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'late' }));
    expect((await poll).Messages?.[0].Body).toBe('late');
  });

  it('does not swallow messages when the polling client goes away', async () => {
    const QueueUrl = await newQueue();
    const abort = new AbortController();
    const poll = sqs
      .send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }), { abortSignal: abort.signal })
      .catch((e) => e);
    await new Promise((r) => setTimeout(r, 50));
    abort.abort();
    await poll;
    await new Promise((r) => setTimeout(r, 50));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'kept' }));
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 5 }));
    expect(Messages?.[0].Body).toBe('kept');
  });

  it('does not swallow messages when the client hangs up right after sending its long poll', async () => {
    const QueueUrl = await newQueue();
    const body = JSON.stringify({ QueueUrl, WaitTimeSeconds: 20 });
    // The whole request, then at once the end of the connection: the server may see the close first.
    const socket = connect(cloud.port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write(
      'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.0\r\n' +
        `X-Amz-Target: AmazonSQS.ReceiveMessage\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    socket.destroy();
    await new Promise((r) => setTimeout(r, 100));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'kept' }));
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 5 }));
    expect(Messages?.[0].Body).toBe('kept');
  });

  it('answers empty when the wait ends without a message', async () => {
    const QueueUrl = await newQueue();
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));
    expect(Messages).toBeUndefined();
  });
});

describe('PurgeQueue', () => {
  it('drops every message, and allows one purge per 60 seconds', async () => {
    const QueueUrl = await newQueue();
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'a' }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'b' }));
    await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    await sqs.send(new PurgeQueueCommand({ QueueUrl }));
    const after = await counts(QueueUrl);
    expect([after.ApproximateNumberOfMessages, after.ApproximateNumberOfMessagesNotVisible]).toEqual([
      '0',
      '0',
    ]);
    const err = await sqs.send(new PurgeQueueCommand({ QueueUrl })).catch((e) => e);
    expect(err).toBeInstanceOf(PurgeQueueInProgress);
    expect(err.$metadata.httpStatusCode).toBe(403);
  });
});
