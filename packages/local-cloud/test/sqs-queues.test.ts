import {
  SQSClient as Client,
  CreateQueueCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  InvalidAttributeName,
  ListDeadLetterSourceQueuesCommand,
  ListQueuesCommand,
  ListQueueTagsCommand,
  QueueDoesNotExist,
  QueueNameExists,
  SendMessageCommand,
  SetQueueAttributesCommand,
  type SQSClient,
  TagQueueCommand,
  UntagQueueCommand,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { credentials, uniqueName, useSqs } from './sqs-helpers.js';

let sqs: SQSClient;
const cloud = useSqs((client) => {
  sqs = client;
});

const create = async (name: string, Attributes?: Record<string, string>) =>
  (await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes }))).QueueUrl!;

describe('CreateQueue', () => {
  it('answers the queue URL on our host with the local account', async () => {
    const name = uniqueName();
    expect(await create(name)).toBe(`${cloud.url}/000000000000/${name}`);
  });

  it('is idempotent with the same attributes and refuses different ones with QueueNameExists', async () => {
    const name = uniqueName();
    const url = await create(name, { VisibilityTimeout: '60' });
    expect(await create(name, { VisibilityTimeout: '60' })).toBe(url);
    const err = await sqs
      .send(new CreateQueueCommand({ QueueName: name, Attributes: { VisibilityTimeout: '61' } }))
      .catch((e) => e);
    expect(err).toBeInstanceOf(QueueNameExists);
    expect(err.message).toBe(
      'A queue already exists with the same name and a different value for attribute VisibilityTimeout',
    );
    expect(err.Code).toBe('QueueAlreadyExists');
  });

  it('refuses names that are too long or have other characters', async () => {
    for (const bad of ['a'.repeat(81), 'has space', 'dot.ted']) {
      await expect(sqs.send(new CreateQueueCommand({ QueueName: bad }))).rejects.toMatchObject({
        name: 'InvalidParameterValue',
        message: 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length',
      });
    }
    expect(await create('a'.repeat(80))).toMatch(/\/a{80}$/);
  });

  it('requires the .fifo suffix for a FIFO queue', async () => {
    await expect(
      sqs.send(new CreateQueueCommand({ QueueName: uniqueName(), Attributes: { FifoQueue: 'true' } })),
    ).rejects.toThrow('must end with .fifo suffix');
    const url = await create(`${uniqueName()}.fifo`, {
      FifoQueue: 'true',
      ContentBasedDeduplication: 'true',
    });
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: url,
        AttributeNames: ['FifoQueue', 'ContentBasedDeduplication'],
      }),
    );
    expect(Attributes).toEqual({ FifoQueue: 'true', ContentBasedDeduplication: 'true' });
  });

  it('checks attribute values against their ranges', async () => {
    const cases: [string, string][] = [
      ['VisibilityTimeout', '43201'],
      ['DelaySeconds', '901'],
      ['MessageRetentionPeriod', '59'],
      ['MaximumMessageSize', '1048577'],
      ['ReceiveMessageWaitTimeSeconds', '21'],
      ['VisibilityTimeout', 'abc'],
    ];
    for (const [attr, value] of cases) {
      await expect(
        sqs.send(new CreateQueueCommand({ QueueName: uniqueName(), Attributes: { [attr]: value } })),
      ).rejects.toMatchObject({
        name: 'InvalidAttributeValue',
        message: `Invalid value for the parameter ${attr}.`,
      });
    }
    expect(await create(uniqueName(), { MaximumMessageSize: '1048576' })).toContain('/000000000000/');
  });

  it('refuses unknown attributes and FIFO-only attributes on a standard queue', async () => {
    const err = await sqs
      .send(
        new CreateQueueCommand({
          QueueName: uniqueName(),
          Attributes: { Colour: 'blue' } as Record<string, string>,
        }),
      )
      .catch((e) => e);
    expect(err).toBeInstanceOf(InvalidAttributeName);
    expect(err.message).toBe('Unknown Attribute Colour.');
    await expect(
      sqs.send(
        new CreateQueueCommand({
          QueueName: uniqueName(),
          Attributes: { ContentBasedDeduplication: 'true' },
        }),
      ),
    ).rejects.toBeInstanceOf(InvalidAttributeName);
  });

  it('checks a RedrivePolicy: valid JSON, an existing target, maxReceiveCount 1 to 1000', async () => {
    const dlqArn = `arn:aws:sqs:us-east-1:000000000000:${uniqueName('dlq')}`;
    const attempt = (policy: string) =>
      sqs.send(new CreateQueueCommand({ QueueName: uniqueName(), Attributes: { RedrivePolicy: policy } }));
    await expect(attempt('not json')).rejects.toThrow('Redrive policy is not a valid JSON map.');
    await expect(
      attempt(JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 3 })),
    ).rejects.toThrow('Dead letter target does not exist.');
    await create(dlqArn.split(':').pop()!);
    await expect(
      attempt(JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 0 })),
    ).rejects.toThrow(
      'Invalid value for maxReceiveCount: 0, valid values are from 1 to 1000 both inclusive.',
    );
    await expect(
      attempt(JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: '5' })),
    ).resolves.toBeDefined();
  });
});

describe('GetQueueUrl and ListQueues', () => {
  it('finds a queue by name, and says QueueDoesNotExist with the legacy code otherwise', async () => {
    const name = uniqueName();
    const url = await create(name);
    expect((await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl).toBe(url);
    const err = await sqs.send(new GetQueueUrlCommand({ QueueName: 'nope-nothing' })).catch((e) => e);
    expect(err).toBeInstanceOf(QueueDoesNotExist);
    expect(err.message).toBe('The specified queue does not exist.');
    expect(err.Code).toBe('AWS.SimpleQueueService.NonExistentQueue');
    expect(err.$metadata.httpStatusCode).toBe(400);
  });

  it('lists by prefix and pages with MaxResults and NextToken', async () => {
    const prefix = uniqueName('list');
    const urls = [];
    for (let i = 0; i < 5; i++) urls.push(await create(`${prefix}-${i}`));
    const all = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: prefix }));
    expect(all.QueueUrls?.sort()).toEqual(urls.sort());
    expect(all.NextToken).toBeUndefined();
    const seen: string[] = [];
    let NextToken: string | undefined;
    let pages = 0;
    do {
      const page = await sqs.send(
        new ListQueuesCommand({ QueueNamePrefix: prefix, MaxResults: 2, NextToken }),
      );
      seen.push(...(page.QueueUrls ?? []));
      NextToken = page.NextToken;
      pages++;
    } while (NextToken);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(urls.sort());
    expect(
      (await sqs.send(new ListQueuesCommand({ QueueNamePrefix: 'no-such-prefix' }))).QueueUrls,
    ).toBeUndefined();
  });

  it('keeps queues apart per region', async () => {
    const name = uniqueName();
    await create(name);
    const west = new Client({ endpoint: cloud.url, region: 'us-west-2', credentials });
    await expect(west.send(new GetQueueUrlCommand({ QueueName: name }))).rejects.toBeInstanceOf(
      QueueDoesNotExist,
    );
    west.destroy();
  });
});

describe('queue attributes', () => {
  it('answers All with the ARN, counts and timestamps', async () => {
    const name = uniqueName();
    const url = await create(name);
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'one' }));
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'later', DelaySeconds: 900 }));
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] }),
    );
    expect(Attributes).toMatchObject({
      QueueArn: `arn:aws:sqs:us-east-1:000000000000:${name}`,
      ApproximateNumberOfMessages: '1',
      ApproximateNumberOfMessagesDelayed: '1',
      ApproximateNumberOfMessagesNotVisible: '0',
      VisibilityTimeout: '30',
      DelaySeconds: '0',
      MaximumMessageSize: '1048576',
      MessageRetentionPeriod: '345600',
      ReceiveMessageWaitTimeSeconds: '0',
    });
    expect(Number(Attributes?.CreatedTimestamp)).toBeGreaterThan(1_700_000_000);
    expect(Attributes?.LastModifiedTimestamp).toBe(Attributes?.CreatedTimestamp);
  });

  it('answers only the names asked for, and refuses unknown names', async () => {
    const url = await create(uniqueName());
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
    );
    expect(Object.keys(Attributes ?? {})).toEqual(['QueueArn']);
    await expect(
      sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['Nope' as 'All'] })),
    ).rejects.toThrow('Unknown Attribute Nope.');
  });

  it('changes attributes with SetQueueAttributes and removes a RedrivePolicy with an empty value', async () => {
    const dlq = await create(uniqueName('dlq'));
    const dlqArn = (
      await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq, AttributeNames: ['QueueArn'] }))
    ).Attributes!.QueueArn;
    const url = await create(uniqueName());
    const policy = JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 4 });
    await sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: url,
        Attributes: { VisibilityTimeout: '5', RedrivePolicy: policy },
      }),
    );
    let attrs = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] })))
      .Attributes!;
    expect(attrs.VisibilityTimeout).toBe('5');
    expect(JSON.parse(attrs.RedrivePolicy ?? '{}')).toEqual({
      deadLetterTargetArn: dlqArn,
      maxReceiveCount: 4,
    });
    const sources = await sqs.send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: dlq }));
    expect(sources.queueUrls).toEqual([url]);
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { RedrivePolicy: '' } }));
    attrs = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] })))
      .Attributes!;
    expect(attrs.RedrivePolicy).toBeUndefined();
    await expect(
      sqs.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { DelaySeconds: '-1' } })),
    ).rejects.toMatchObject({ name: 'InvalidAttributeValue' });
  });
});

describe('tags and deletion', () => {
  it('tags at creation, with TagQueue, and untags', async () => {
    const name = uniqueName();
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, tags: { team: 'a' } }));
    await sqs.send(new TagQueueCommand({ QueueUrl, Tags: { env: 'dev' } }));
    expect((await sqs.send(new ListQueueTagsCommand({ QueueUrl }))).Tags).toEqual({ team: 'a', env: 'dev' });
    await sqs.send(new UntagQueueCommand({ QueueUrl, TagKeys: ['team', 'absent'] }));
    expect((await sqs.send(new ListQueueTagsCommand({ QueueUrl }))).Tags).toEqual({ env: 'dev' });
  });

  it('deletes a queue, after which it does not exist', async () => {
    const url = await create(uniqueName());
    await sqs.send(new DeleteQueueCommand({ QueueUrl: url }));
    await expect(
      sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'x' })),
    ).rejects.toBeInstanceOf(QueueDoesNotExist);
  });

  it('accepts a queue URL whose host is not ours, and answers QueueDoesNotExist to a malformed one', async () => {
    const name = uniqueName();
    await create(name);
    const plain = new Client({
      endpoint: cloud.url,
      region: 'us-east-1',
      credentials,
      useQueueUrlAsEndpoint: false,
    });
    const foreign = `https://sqs.us-east-1.amazonaws.com/000000000000/${name}`;
    const { Attributes } = await plain.send(
      new GetQueueAttributesCommand({ QueueUrl: foreign, AttributeNames: ['QueueArn'] }),
    );
    expect(Attributes?.QueueArn).toBe(`arn:aws:sqs:us-east-1:000000000000:${name}`);
    await expect(
      plain.send(
        new GetQueueAttributesCommand({ QueueUrl: 'https://example.com/', AttributeNames: ['QueueArn'] }),
      ),
    ).rejects.toMatchObject({ name: 'QueueDoesNotExist', $metadata: { httpStatusCode: 400 } });
    plain.destroy();
  });
});
