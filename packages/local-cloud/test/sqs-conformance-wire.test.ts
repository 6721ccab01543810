// SQS errors and answers on the wire as AWS gives them: JSON `__type`s, legacy codes, statuses and words,
// how a QueueUrl names a queue, and the lists of batch answers.
import {
  DeleteMessageBatchCommand,
  QueueDoesNotExist,
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

/** One awsJson 1.0 call as the SDK sends it, answered as status, query-error header and parsed body. */
async function json(op: string, body: unknown) {
  const res = await fetch(`${cloud.url}/`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': `AmazonSQS.${op}`,
      'x-amzn-query-mode': 'true',
    },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    queryError: res.headers.get('x-amzn-query-error'),
    body: (await res.json()) as Record<string, unknown>,
  };
}

/** One awsQuery call, answered as status and XML text. */
async function form(params: Record<string, string>) {
  const res = await fetch(`${cloud.url}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ Version: '2012-11-05', ...params }).toString(),
  });
  return { status: res.status, xml: await res.text() };
}

const newQueue = async () =>
  (await json('CreateQueue', { QueueName: uniqueName('wire') })).body.QueueUrl as string;

describe('error codes', () => {
  it('names an invalid value InvalidParameterValueException in JSON and InvalidParameterValue as its legacy code', async () => {
    const QueueUrl = await newQueue();
    const res = await json('ReceiveMessage', { QueueUrl, MaxNumberOfMessages: 11 });
    expect(res.status).toBe(400);
    expect(res.queryError).toBe('InvalidParameterValue;Sender');
    expect(res.body).toEqual({
      __type: 'com.amazonaws.sqs#InvalidParameterValueException',
      message:
        'Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.',
    });
    const query = await form({ Action: 'ReceiveMessage', QueueUrl, MaxNumberOfMessages: '11' });
    expect(query.status).toBe(400);
    expect(query.xml).toContain('<Code>InvalidParameterValue</Code>');
    // The SDK names the error by the legacy code, as for every query-compatible service.
    await expect(
      sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 11 })),
    ).rejects.toMatchObject({ name: 'InvalidParameterValue', $metadata: { httpStatusCode: 400 } });
  });

  it('names a missing parameter MissingRequiredParameterException in JSON and MissingParameter as its legacy code', async () => {
    const QueueUrl = await newQueue();
    const res = await json('SendMessage', { QueueUrl });
    expect(res.status).toBe(400);
    expect(res.queryError).toBe('MissingParameter;Sender');
    expect(res.body).toEqual({
      __type: 'com.amazonaws.sqs#MissingRequiredParameterException',
      message: 'The request must contain the parameter MessageBody.',
    });
    const query = await form({ Action: 'SendMessage', QueueUrl });
    expect(query.xml).toContain(
      '<Code>MissingParameter</Code><Message>The request must contain the parameter MessageBody.</Message>',
    );
  });

  it('says NonExistentQueue with 400, and "for this wsdl version" on the query protocol only', async () => {
    const QueueUrl = `${cloud.url}/000000000000/${uniqueName('absent')}`;
    const res = await json('GetQueueAttributes', { QueueUrl, AttributeNames: ['All'] });
    expect(res.status).toBe(400);
    expect(res.queryError).toBe('AWS.SimpleQueueService.NonExistentQueue;Sender');
    expect(res.body).toEqual({
      __type: 'com.amazonaws.sqs#QueueDoesNotExist',
      message: 'The specified queue does not exist.',
    });
    const query = await form({ Action: 'GetQueueAttributes', QueueUrl, 'AttributeName.1': 'All' });
    expect(query.status).toBe(400);
    expect(query.xml).toContain(
      '<Code>AWS.SimpleQueueService.NonExistentQueue</Code><Message>The specified queue does not exist for this wsdl version.</Message>',
    );
  });

  it('checks the request parameters before it looks the queue up', async () => {
    const res = await json('ReceiveMessage', {
      QueueUrl: `${cloud.url}/000000000000/${uniqueName('absent')}`,
      WaitTimeSeconds: 21,
    });
    expect(res.queryError).toBe('InvalidParameterValue;Sender');
    const batch = await json('DeleteMessageBatch', {
      QueueUrl: `${cloud.url}/000000000000/${uniqueName('absent')}`,
      Entries: [],
    });
    expect(batch.queryError).toBe('AWS.SimpleQueueService.EmptyBatchRequest;Sender');
  });
});

describe('QueueUrl', () => {
  it('takes a bare queue name for a queue of the caller, as AWS does', async () => {
    const name = uniqueName('byname');
    await json('CreateQueue', { QueueName: name });
    const sent = await sqs.send(new SendMessageCommand({ QueueUrl: name, MessageBody: 'by name' }));
    expect(sent.MD5OfMessageBody).toBe('855d2bf59043b81e76bc931e685a4f58');
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: name }));
    expect(Messages?.[0].Body).toBe('by name');
    const err = await sqs
      .send(new SendMessageCommand({ QueueUrl: uniqueName('nobody'), MessageBody: 'x' }))
      .catch((e) => e);
    expect(err).toBeInstanceOf(QueueDoesNotExist);
    expect(err.$metadata.httpStatusCode).toBe(400);
  });

  it('answers NonExistentQueue with 400 for a URL that names no queue', async () => {
    for (const QueueUrl of ['http://whatever-incorrect-queue-address', 'https://example.com/', '%%%']) {
      const res = await json('SendMessage', { QueueUrl, MessageBody: 'x' });
      expect([QueueUrl, res.status, res.queryError]).toEqual([
        QueueUrl,
        400,
        'AWS.SimpleQueueService.NonExistentQueue;Sender',
      ]);
    }
  });
});

describe('batch answers', () => {
  it('carry both Successful and Failed, empty ones too', async () => {
    const QueueUrl = await newQueue();
    const allFailed = await json('SendMessageBatch', {
      QueueUrl,
      Entries: [{ Id: 'a', MessageBody: 'x', DelaySeconds: 901 }],
    });
    expect(allFailed.body.Successful).toEqual([]);
    expect(allFailed.body.Failed).toHaveLength(1);
    const sent = await sqs.send(
      new SendMessageBatchCommand({ QueueUrl, Entries: [{ Id: 'b', MessageBody: 'y' }] }),
    );
    expect(sent.Failed).toEqual([]);
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
    const deleted = await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl,
        Entries: [{ Id: 'd', ReceiptHandle: Messages![0].ReceiptHandle }],
      }),
    );
    expect(deleted).toMatchObject({ Successful: [{ Id: 'd' }], Failed: [] });
    const vis = await json('ChangeMessageVisibilityBatch', {
      QueueUrl,
      Entries: [{ Id: 'v', ReceiptHandle: 'nonsense', VisibilityTimeout: 0 }],
    });
    expect(vis.body.Successful).toEqual([]);
  });
});
