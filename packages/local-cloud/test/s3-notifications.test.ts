// S3 event notifications: PutBucketNotificationConfiguration's checks and AWS's errors, and the events S3
// sends to SQS, SNS and Lambda when objects are created (PutObject, a presigned PUT, CopyObject) or deleted.
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectCommand,
  GetBucketNotificationConfigurationCommand,
  GetObjectCommand,
  PutBucketNotificationConfigurationCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { describe, expect, it } from '@jest/globals';
import { zipSync } from 'fflate';
import { clientConfig, useCloud } from './fixtures/cloud.js';
import { eventually } from './stacks-helpers.js';

let s3: S3Client;
let sqs: SQSClient;
let lambda: LambdaClient;
useCloud({}, (up) => {
  s3 = new S3Client({ ...clientConfig(up.url), forcePathStyle: true });
  sqs = new SQSClient(clientConfig(up.url));
  lambda = new LambdaClient(clientConfig(up.url));
  return [s3, sqs, lambda];
});

async function queue(name: string): Promise<{ url: string; arn: string }> {
  const url = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
  const attrs = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
  );
  return { url, arn: attrs.Attributes!.QueueArn! };
}

/** The next `n` message bodies of the queue, parsed, each deleted once read. */
async function messages(url: string, n: number): Promise<Record<string, unknown>[]> {
  const seen: Record<string, unknown>[] = [];
  return eventually(async () => {
    const out = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    for (const m of out.Messages ?? []) {
      seen.push(JSON.parse(m.Body!));
      await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle }));
    }
    return seen.length >= n ? seen : undefined;
  });
}

interface S3Record {
  eventVersion: string;
  eventSource: string;
  awsRegion: string;
  eventName: string;
  s3: {
    configurationId: string;
    bucket: { name: string; arn: string };
    object: { key: string; size?: number; eTag?: string; sequencer: string };
  };
}
const recordOf = (m: Record<string, unknown>) => (m.Records as S3Record[])[0];

const put = (bucket: string, config: object, skip?: boolean) =>
  s3.send(
    new PutBucketNotificationConfigurationCommand({
      Bucket: bucket,
      NotificationConfiguration: config,
      SkipDestinationValidation: skip,
    }),
  );

describe('PutBucketNotificationConfiguration', () => {
  it('stores the configuration, naming a configuration that has no Id', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'notify-store' }));
    expect(
      await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: 'notify-store' })),
    ).not.toHaveProperty('QueueConfigurations');
    const q = await queue('notify-store-q');
    await put('notify-store', {
      QueueConfigurations: [
        { Id: 'mine', QueueArn: q.arn, Events: ['s3:ObjectCreated:*'] },
        {
          QueueArn: q.arn,
          Events: ['s3:ObjectRemoved:Delete'],
          Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.txt' }] } },
        },
      ],
    });
    const got = await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: 'notify-store' }));
    expect(got.QueueConfigurations).toEqual([
      { Id: 'mine', QueueArn: q.arn, Events: ['s3:ObjectCreated:*'] },
      {
        Id: expect.stringMatching(/^\S+$/),
        QueueArn: q.arn,
        Events: ['s3:ObjectRemoved:Delete'],
        Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.txt' }] } },
      },
    ]);
    // S3 tells each queue of a new configuration with a test event.
    const [test] = await messages(q.url, 1);
    expect(test).toMatchObject({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'notify-store' });
    await put('notify-store', {});
    expect(
      (await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: 'notify-store' })))
        .QueueConfigurations,
    ).toBeUndefined();
  });

  it('refuses a destination that does not exist, unless told to skip the check', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'notify-missing' }));
    const arn = 'arn:aws:sqs:us-east-1:000000000000:no-such-queue';
    const config = { QueueConfigurations: [{ QueueArn: arn, Events: ['s3:ObjectCreated:*' as const] }] };
    await expect(put('notify-missing', config)).rejects.toMatchObject({
      name: 'InvalidArgument',
      message: 'Unable to validate the following destination configurations',
      ArgumentName1: arn,
      $metadata: { httpStatusCode: 400 },
    });
    await put('notify-missing', config, true);
  });

  it('refuses unknown events, bad filter rules and overlapping configurations', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'notify-bad' }));
    const q = await queue('notify-bad-q');
    const one = (events: string[], rules?: { Name: string; Value: string }[]) => ({
      QueueArn: q.arn,
      Events: events,
      Filter: rules && { Key: { FilterRules: rules } },
    });
    await expect(
      put('notify-bad', { QueueConfigurations: [one(['s3:ObjectMade:*'])] }),
    ).rejects.toMatchObject({
      name: 'InvalidArgument',
      message: 'The event is not supported for notifications',
    });
    await expect(
      put('notify-bad', {
        QueueConfigurations: [one(['s3:ObjectCreated:*'], [{ Name: 'middle', Value: 'x' }])],
      }),
    ).rejects.toMatchObject({
      name: 'InvalidArgument',
      message: 'filter rule name must be either prefix or suffix',
    });
    await expect(
      put('notify-bad', {
        QueueConfigurations: [
          one(['s3:ObjectCreated:*'], [{ Name: 'prefix', Value: 'a/' }]),
          one(['s3:ObjectCreated:Put']),
        ],
      }),
    ).rejects.toMatchObject({
      name: 'InvalidArgument',
      message: 'Configurations overlap. Configurations on the same bucket cannot share a common event type.',
    });
    // Different prefixes, or different event types, do not overlap.
    await put('notify-bad', {
      QueueConfigurations: [
        one(['s3:ObjectCreated:*'], [{ Name: 'prefix', Value: 'a/' }]),
        one(['s3:ObjectCreated:*'], [{ Name: 'prefix', Value: 'b/' }]),
        one(['s3:ObjectRemoved:*']),
      ],
    });
  });
});

describe('the events S3 sends', () => {
  it('sends ObjectCreated and ObjectRemoved records to a queue, filtered by key', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'notify-events' }));
    const q = await queue('notify-events-q');
    await put('notify-events', {
      QueueConfigurations: [
        {
          Id: 'uploads',
          QueueArn: q.arn,
          Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'],
          Filter: { Key: { FilterRules: [{ Name: 'Prefix', Value: 'in/' }] } },
        },
      ],
    });
    await messages(q.url, 1);
    const { ETag } = await s3.send(
      new PutObjectCommand({ Bucket: 'notify-events', Key: 'in/a b.txt', Body: 'hello' }),
    );
    await s3.send(new PutObjectCommand({ Bucket: 'notify-events', Key: 'out/ignored.txt', Body: 'x' }));
    await s3.send(
      new CopyObjectCommand({
        Bucket: 'notify-events',
        Key: 'in/copy.txt',
        CopySource: 'notify-events/in/a b.txt',
      }),
    );
    await s3.send(new DeleteObjectCommand({ Bucket: 'notify-events', Key: 'in/copy.txt' }));
    const [put1, copy, removed] = (await messages(q.url, 3)).map(recordOf);
    expect(Object.keys(put1)).toEqual([
      'eventVersion',
      'eventSource',
      'awsRegion',
      'eventTime',
      'eventName',
      'userIdentity',
      'requestParameters',
      'responseElements',
      's3',
    ]);
    expect(put1).toMatchObject({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventName: 'ObjectCreated:Put',
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'uploads',
        bucket: { name: 'notify-events', arn: 'arn:aws:s3:::notify-events' },
        // The key URL-encoded, a space as `+`.
        object: { key: 'in/a+b.txt', size: 5, eTag: ETag!.replace(/"/g, '') },
      },
    });
    expect(copy.eventName).toBe('ObjectCreated:Copy');
    expect(copy.s3.object.key).toBe('in/copy.txt');
    expect(removed.eventName).toBe('ObjectRemoved:Delete');
    expect(removed.s3.object).toEqual({
      key: 'in/copy.txt',
      sequencer: expect.stringMatching(/^[0-9A-F]+$/),
    });
    expect(removed.s3.object.sequencer > copy.s3.object.sequencer).toBe(true);
  });

  it('notifies an upload through a presigned URL, which stores the object as a PutObject does', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'notify-presigned' }));
    const q = await queue('notify-presigned-q');
    await put('notify-presigned', {
      QueueConfigurations: [{ QueueArn: q.arn, Events: ['s3:ObjectCreated:Put'] }],
    });
    await messages(q.url, 1);
    const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket: 'notify-presigned', Key: 'up.json' }), {
      expiresIn: 600,
    });
    expect(new URL(url).searchParams.get('X-Amz-Credential')).toMatch(/\/us-east-1\/s3\/aws4_request$/);
    const res = await fetch(url, { method: 'PUT', body: '{"up":true}' });
    expect(res.status).toBe(200);
    const got = await s3.send(new GetObjectCommand({ Bucket: 'notify-presigned', Key: 'up.json' }));
    expect(await got.Body!.transformToString()).toBe('{"up":true}');
    expect(recordOf((await messages(q.url, 1))[0]).s3.object).toMatchObject({ key: 'up.json', size: 11 });
  });

  it('invokes a function asynchronously with the event', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'notify-lambda' }));
    const q = await queue('notify-lambda-q');
    const code = `const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
exports.handler = async (event) => {
  await new SQSClient({}).send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify(event) }));
};`;
    const fn = await lambda.send(
      new CreateFunctionCommand({
        FunctionName: 'notify-fn',
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: 'arn:aws:iam::000000000000:role/lambda-role',
        Code: { ZipFile: zipSync({ 'index.js': new TextEncoder().encode(code) }) },
        Environment: { Variables: { QUEUE_URL: q.url } },
      }),
    );
    await put('notify-lambda', {
      LambdaFunctionConfigurations: [
        {
          LambdaFunctionArn: fn.FunctionArn,
          Events: ['s3:ObjectCreated:*'],
          Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.csv' }] } },
        },
      ],
    });
    await s3.send(new PutObjectCommand({ Bucket: 'notify-lambda', Key: 'skip.txt', Body: 'x' }));
    await s3.send(new PutObjectCommand({ Bucket: 'notify-lambda', Key: 'data.csv', Body: 'a,b' }));
    const [event] = await messages(q.url, 1);
    expect(recordOf(event)).toMatchObject({
      eventName: 'ObjectCreated:Put',
      s3: { bucket: { name: 'notify-lambda' }, object: { key: 'data.csv', size: 3 } },
    });
  });
});
