import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningCloud, startLocalCloud } from '../src/index.js';

const run = promisify(execFile);
let cloud: RunningCloud;
beforeAll(async () => {
  cloud = await startLocalCloud({ port: 0, logLevel: 'quiet' });
});
afterAll(() => cloud.stop());

const form = async (params: Record<string, string>, headers: Record<string, string> = {}) => {
  const res = await fetch(`${cloud.url}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ Version: '2012-11-05', ...params }).toString(),
  });
  return { status: res.status, xml: await res.text() };
};
const signed = {
  Authorization:
    'AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=abc',
};

describe('the query protocol (form POST, XML answers)', () => {
  it('creates, sends, receives and deletes with the 2012-11-05 XML shapes', async () => {
    const created = await form(
      {
        Action: 'CreateQueue',
        QueueName: 'form-q',
        'Attribute.1.Name': 'VisibilityTimeout',
        'Attribute.1.Value': '45',
      },
      signed,
    );
    expect(created.status).toBe(200);
    expect(created.xml).toContain('<CreateQueueResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/">');
    const url = /<QueueUrl>([^<]+)<\/QueueUrl>/.exec(created.xml)![1];
    expect(url).toBe(`${cloud.url}/000000000000/form-q`);
    const sent = await form({
      Action: 'SendMessage',
      QueueUrl: url,
      MessageBody: 'derp',
      'MessageAttribute.1.Name': 'timestamp',
      'MessageAttribute.1.Value.DataType': 'Number',
      'MessageAttribute.1.Value.StringValue': '1493147359900',
    });
    expect(sent.xml).toContain('<MD5OfMessageBody>58fd9edd83341c29f1aebba81c31e257</MD5OfMessageBody>');
    expect(sent.xml).toContain(
      '<MD5OfMessageAttributes>235c5c510d26fb653d073faed50ae77c</MD5OfMessageAttributes>',
    );
    const received = await form({
      Action: 'ReceiveMessage',
      QueueUrl: url,
      'AttributeName.1': 'All',
      'MessageAttributeName.1': 'All',
    });
    expect(received.xml).toMatch(/<ReceiveMessageResult><Message><MessageId>[0-9a-f-]{36}<\/MessageId>/);
    expect(received.xml).toContain(
      '<Attribute><Name>ApproximateReceiveCount</Name><Value>1</Value></Attribute>',
    );
    expect(received.xml).toContain(
      '<MessageAttribute><Name>timestamp</Name><Value><StringValue>1493147359900</StringValue><DataType>Number</DataType></Value></MessageAttribute>',
    );
    const handle = /<ReceiptHandle>([^<]+)<\/ReceiptHandle>/.exec(received.xml)![1];
    const deleted = await form({ Action: 'DeleteMessage', QueueUrl: url, ReceiptHandle: handle });
    expect(deleted.xml).toMatch(
      /^<\?xml version="1.0"\?><DeleteMessageResponse [^>]+><ResponseMetadata><RequestId>/,
    );
    const attrs = await form({
      Action: 'GetQueueAttributes',
      QueueUrl: url,
      'AttributeName.1': 'VisibilityTimeout',
    });
    expect(attrs.xml).toContain(
      '<GetQueueAttributesResult><Attribute><Name>VisibilityTimeout</Name><Value>45</Value></Attribute></GetQueueAttributesResult>',
    );
  });

  it('reports batch entries and errors in the XML error shape with the legacy codes', async () => {
    await form({ Action: 'CreateQueue', QueueName: 'form-b' });
    const url = `${cloud.url}/000000000000/form-b`;
    const batch = await form({
      Action: 'SendMessageBatch',
      QueueUrl: url,
      'SendMessageBatchRequestEntry.1.Id': 'ok',
      'SendMessageBatchRequestEntry.1.MessageBody': 'fine',
      'SendMessageBatchRequestEntry.2.Id': 'bad',
      'SendMessageBatchRequestEntry.2.MessageBody': 'x',
      'SendMessageBatchRequestEntry.2.DelaySeconds': '901',
    });
    expect(batch.xml).toMatch(/<SendMessageBatchResultEntry><Id>ok<\/Id><MessageId>/);
    expect(batch.xml).toContain('<BatchResultErrorEntry><Id>bad</Id><Code>InvalidParameterValue</Code>');
    expect(batch.xml).toContain('<SenderFault>true</SenderFault>');
    const missing = await form({ Action: 'GetQueueUrl', QueueName: 'nope' });
    expect(missing.status).toBe(400);
    expect(missing.xml).toMatch(
      /^<\?xml version="1.0"\?><ErrorResponse xmlns="http:\/\/queue.amazonaws.com\/doc\/2012-11-05\/"><Error><Type>Sender<\/Type><Code>AWS.SimpleQueueService.NonExistentQueue<\/Code><Message>The specified queue does not exist for this wsdl version.<\/Message><Detail\/><\/Error><RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/,
    );
    const many = await form({
      Action: 'DeleteMessageBatch',
      QueueUrl: url,
      ...Object.fromEntries(
        Array.from({ length: 11 }, (_, i) => [
          [`DeleteMessageBatchRequestEntry.${i + 1}.Id`, `e${i}`],
          [`DeleteMessageBatchRequestEntry.${i + 1}.ReceiptHandle`, 'r'],
        ]).flat(),
      ),
    });
    expect(many.xml).toContain('<Code>AWS.SimpleQueueService.TooManyEntriesInBatchRequest</Code>');
    const exists = await form({
      Action: 'CreateQueue',
      QueueName: 'form-b',
      'Attribute.1.Name': 'DelaySeconds',
      'Attribute.1.Value': '5',
    });
    expect(exists.xml).toContain('<Code>QueueAlreadyExists</Code>');
  });

  it('answers JSON errors with the legacy code in x-amzn-query-error', async () => {
    const res = await fetch(`${cloud.url}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': 'AmazonSQS.GetQueueUrl' },
      body: JSON.stringify({ QueueName: 'absent' }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-query-error')).toBe('AWS.SimpleQueueService.NonExistentQueue;Sender');
    expect(await res.json()).toEqual({
      __type: 'com.amazonaws.sqs#QueueDoesNotExist',
      message: 'The specified queue does not exist.',
    });
  });

  it('never answers 500 to malformed input', async () => {
    const bad: Record<string, string>[] = [
      { Action: 'SendMessage', QueueUrl: '%%%', MessageBody: 'x' },
      { Action: 'ReceiveMessage', QueueUrl: `${cloud.url}/000000000000/form-q`, MaxNumberOfMessages: 'ten' },
      { Action: 'ChangeMessageVisibility', QueueUrl: `${cloud.url}/000000000000/form-q`, ReceiptHandle: 'x' },
      { Action: 'ListQueues', NextToken: '!!!' },
      { Action: 'NoSuchAction' },
    ];
    for (const params of bad) {
      const { status } = await form(params);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    }
    await form({ Action: 'CreateQueue', QueueName: 'json-bad' });
    const QueueUrl = `${cloud.url}/000000000000/json-bad`;
    const jsonCases: [string, unknown][] = [
      ['SendMessage', { QueueUrl: 7, MessageBody: 'x' }],
      ['SendMessage', { QueueUrl, MessageBody: { nested: true } }],
      ['SendMessage', { QueueUrl, MessageBody: 'x', MessageAttributes: 'x' }],
      ['SendMessage', { QueueUrl, MessageBody: 'x', MessageAttributes: { a: null } }],
      ['SendMessageBatch', { QueueUrl, Entries: [null] }],
      ['ReceiveMessage', { QueueUrl, AttributeNames: 5 }],
      ['UntagQueue', { QueueUrl, TagKeys: 5 }],
      ['CreateQueue', { QueueName: 'x', Attributes: [1] }],
      ['GetQueueAttributes', { QueueUrl, AttributeNames: 'All' }],
    ];
    for (const [op, body] of jsonCases) {
      const res = await fetch(`${cloud.url}/`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': `AmazonSQS.${op}` },
        body: JSON.stringify(body),
      });
      expect([op, res.status >= 400 && res.status < 500]).toEqual([op, true]);
    }
  });
});

/** Finds an AWS CLI of the given major version in any PATH directory (v1 and v2 may both be installed). */
async function findCli(major: number): Promise<string | undefined> {
  const dirs = (process.env.PATH ?? '').split(path.delimiter);
  for (const dir of dirs) {
    const bin = path.join(dir, 'aws');
    if (!dir || !existsSync(bin)) continue;
    try {
      const { stdout, stderr } = await run(bin, ['--version'], { env: cliEnv(), timeout: 30_000 });
      if (`${stdout}${stderr}`.startsWith(`aws-cli/${major}.`)) return bin;
    } catch {
      // not runnable here; try the next one
    }
  }
  return undefined;
}

function cliEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.env.PYENV_ROOT ? { PYENV_ROOT: process.env.PYENV_ROOT } : {}),
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: path.join(process.cwd(), 'no-such-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(process.cwd(), 'no-such-aws-credentials'),
    AWS_PAGER: '',
  };
}

describe.each([
  [1, 'JSON'],
  [2, 'query'],
])('the Serverless destinations guide with AWS CLI v%i (%s protocol)', (major) => {
  let cli: string | undefined;
  beforeAll(async () => {
    cli = await findCli(major);
    if (!cli) console.log(`AWS CLI v${major} not found: skipping its SQS checks`);
  });
  const aws = async (...args: string[]) => {
    const { stdout } = await run(cli!, ['sqs', ...args, '--endpoint-url', cloud.url, '--output', 'json'], {
      env: cliEnv(),
      timeout: 60_000,
    });
    return stdout.trim() ? JSON.parse(stdout) : {};
  };

  it('creates a queue, reads its ARN, sends, receives with all attributes, and deletes', async () => {
    if (!cli) return;
    const name = `cli-v${major}`;
    const { QueueUrl } = await aws('create-queue', '--queue-name', name);
    expect(QueueUrl).toBe(`${cloud.url}/000000000000/${name}`);
    const { Attributes } = await aws(
      'get-queue-attributes',
      '--queue-url',
      QueueUrl,
      '--attribute-names',
      'QueueArn',
    );
    expect(Attributes).toEqual({ QueueArn: `arn:aws:sqs:us-east-1:000000000000:${name}` });
    const sent = await aws(
      'send-message',
      '--queue-url',
      QueueUrl,
      '--message-body',
      '{"Success":true}',
      '--message-attributes',
      '{"kind":{"DataType":"String","StringValue":"test"}}',
    );
    expect(sent.MD5OfMessageBody).toMatch(/^[0-9a-f]{32}$/);
    const got = await aws(
      'receive-message',
      '--queue-url',
      QueueUrl,
      '--attribute-names',
      'All',
      '--message-attribute-names',
      'All',
      '--max-number-of-messages',
      '10',
    );
    expect(got.Messages).toHaveLength(1);
    expect(got.Messages[0]).toMatchObject({
      Body: '{"Success":true}',
      MessageId: sent.MessageId,
      MessageAttributes: { kind: { DataType: 'String', StringValue: 'test' } },
    });
    expect(got.Messages[0].Attributes.ApproximateReceiveCount).toBe('1');
    await aws('delete-message', '--queue-url', QueueUrl, '--receipt-handle', got.Messages[0].ReceiptHandle);
    const empty = await aws('receive-message', '--queue-url', QueueUrl);
    expect(empty.Messages).toBeUndefined();
    await expect(aws('get-queue-url', '--queue-name', 'absent-queue')).rejects.toThrow(
      /AWS.SimpleQueueService.NonExistentQueue|QueueDoesNotExist/,
    );
  });
});
