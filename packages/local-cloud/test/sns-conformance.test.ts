// SNS answers as AWS recorded them: how a malformed or foreign ARN is refused, ConfirmSubscription's
// refusals, message attribute names, which PublishBatch problems fail the whole request, the FIFO and
// SignatureVersion shapes of a notification, DeliveryPolicy and its effective policy, RedrivePolicy
// checks and SMS subscriptions.
import {
  ConfirmSubscriptionCommand,
  CreateTopicCommand,
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  PublishBatchCommand,
  PublishCommand,
  SetSubscriptionAttributesCommand,
  SetTopicAttributesCommand,
  SNSClient,
  SubscribeCommand,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
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

const ACCOUNT = '000000000000';
let seq = 0;
const unique = (base: string) => `${base}-${++seq}`;

/** One awsQuery call as an SDK sends it, answered as status, code and message. */
async function query(params: Record<string, string>) {
  const res = await fetch(`${cloud.url}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ Version: '2010-03-31', ...params }).toString(),
  });
  const xml = await res.text();
  return {
    status: res.status,
    code: /<Code>([^<]*)<\/Code>/.exec(xml)?.[1],
    message: /<Message>([^<]*)<\/Message>/
      .exec(xml)?.[1]
      ?.replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"'),
  };
}

async function topic(name: string, attributes?: Record<string, string>): Promise<string> {
  return (await sns.send(new CreateTopicCommand({ Name: name, Attributes: attributes }))).TopicArn as string;
}

async function queue(name: string, attributes?: Record<string, string>) {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  const got = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl as string, arn: got.Attributes?.QueueArn as string };
}

async function subscribed(topicArn: string, queueArn: string, attributes?: Record<string, string>) {
  const out = await sns.send(
    new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: queueArn, Attributes: attributes }),
  );
  return out.SubscriptionArn as string;
}

async function bodies(url: string): Promise<string[]> {
  const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10 }));
  return (out.Messages ?? []).map((m) => m.Body as string);
}

describe('ARNs', () => {
  it('counts the elements of a TopicArn that is not an ARN, as AWS words it', async () => {
    for (const [value, count] of [
      ['test-topic', 1],
      ['arn:aws:sns', 3],
      ['arn:aws:sns:us-east-1:random', 5],
    ] as const) {
      expect(await query({ Action: 'GetTopicAttributes', TopicArn: value })).toEqual({
        status: 400,
        code: 'InvalidParameter',
        message: `Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not ${count}`,
      });
    }
    await expect(
      sns.send(new PublishCommand({ TopicArn: 'test-topic', Message: 'x' })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1',
    });
    await expect(
      sns.send(new SubscribeCommand({ TopicArn: 'arn:aws:sns:us-east-1:random', Protocol: 'sqs' })),
    ).rejects.toMatchObject({
      message: 'Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 5',
    });
  });

  it("refuses a TopicArn of another region as 'Invalid parameter: TopicArn'", async () => {
    const arn = await topic(unique('regional'));
    const other = arn.replace('us-east-1', 'eu-west-1');
    for (const params of [
      { Action: 'GetTopicAttributes', TopicArn: other },
      { Action: 'Publish', TopicArn: other, Message: 'x' },
      { Action: 'DeleteTopic', TopicArn: other },
    ] as Record<string, string>[]) {
      expect(await query(params)).toEqual({
        status: 400,
        code: 'InvalidParameter',
        message: 'Invalid parameter: TopicArn',
      });
    }
  });

  it('answers a TargetArn naming no platform endpoint as AWS does', async () => {
    const target = `arn:aws:sns:us-east-1:${ACCOUNT}:endpoint/APNS/abcdef/0f7d5971-aa8b-4bd5-b585-0826e9f93a66`;
    await expect(sns.send(new PublishCommand({ TargetArn: target, Message: 'push' }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Invalid parameter: TargetArn Reason: No endpoint found for the target arn specified',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('checks a SubscriptionArn before looking it up: element count, then the subscription id', async () => {
    expect(await query({ Action: 'GetSubscriptionAttributes', SubscriptionArn: 'randomstring' })).toEqual({
      status: 400,
      code: 'InvalidParameter',
      message: 'Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not 1',
    });
    const sqsArn = `arn:aws:sqs:us-east-1:${ACCOUNT}:test-queue:66d97e76-31e5-444f-8fa7-b60b680d0d39`;
    expect(await query({ Action: 'GetSubscriptionAttributes', SubscriptionArn: sqsArn })).toEqual({
      status: 400,
      code: 'InvalidParameter',
      message: 'Invalid parameter: SubscriptionId',
    });
    const arn = await topic(unique('subs-check'));
    expect(
      await query({
        Action: 'SetSubscriptionAttributes',
        SubscriptionArn: arn,
        AttributeName: 'RawMessageDelivery',
        AttributeValue: 'true',
      }),
    ).toEqual({ status: 400, code: 'InvalidParameter', message: 'Invalid parameter: SubscriptionId' });
    // A well-formed ARN that names no subscription is NotFound, 404.
    await expect(
      sns.send(
        new GetSubscriptionAttributesCommand({
          SubscriptionArn: `${arn}:0b2b4c8e-0000-4000-8000-000000000000`,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'NotFoundException',
      message: 'Subscription does not exist',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('refuses an empty SubscriptionArn to Unsubscribe as a missing value', async () => {
    expect(await query({ Action: 'Unsubscribe', SubscriptionArn: '' })).toEqual({
      status: 400,
      code: 'InvalidParameter',
      message: 'Invalid parameter: SubscriptionArn Reason: no value for required parameter',
    });
    await expect(sns.send(new UnsubscribeCommand({ SubscriptionArn: 'randomstring' }))).rejects.toMatchObject(
      {
        message: 'Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not 1',
      },
    );
  });
});

describe('ConfirmSubscription', () => {
  const TOKEN = `51b2ff3edb475b7d91550e0ab6edf0c1de2a34e6ebaf6c2262a001bcb7e051c4${'3aa00022ceecce70'.repeat(8)}`;

  it("answers 'Invalid parameter: Topic' for a malformed or foreign TopicArn", async () => {
    const arn = await topic(unique('confirm'));
    for (const TopicArn of ['not-an-arn', arn.replace('us-east-1', 'eu-west-1')]) {
      expect(await query({ Action: 'ConfirmSubscription', TopicArn, Token: TOKEN })).toEqual({
        status: 400,
        code: 'InvalidParameter',
        message: 'Invalid parameter: Topic',
      });
    }
  });

  it("answers 'Invalid token' for a token of the wrong shape and 'Invalid parameter: Token' for an unknown one", async () => {
    const arn = await topic(unique('confirm-token'));
    await expect(
      sns.send(new ConfirmSubscriptionCommand({ TopicArn: arn, Token: 'randomtoken' })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException', message: 'Invalid token' });
    await expect(
      sns.send(new ConfirmSubscriptionCommand({ TopicArn: arn, Token: TOKEN })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException', message: 'Invalid parameter: Token' });
    // A topic that does not exist: still the token AWS complains about.
    await expect(
      sns.send(new ConfirmSubscriptionCommand({ TopicArn: `${arn}-gone`, Token: TOKEN })),
    ).rejects.toMatchObject({ message: 'Invalid parameter: Token' });
  });
});

describe('message attribute names', () => {
  const attempt = (name: string) =>
    sns.send(
      new PublishCommand({
        TopicArn: `arn:aws:sns:us-east-1:${ACCOUNT}:names`,
        Message: 'x',
        MessageAttributes: { [name]: { DataType: 'String', StringValue: 'v' } },
      }),
    );

  it("names the character AWS refuses, as '#x' and its code", async () => {
    await topic('names');
    await expect(attempt('bad^name')).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      message:
        "Invalid non-alphanumeric character '#x5E' was found in the message attribute name. Can only include alphanumeric characters, hyphens, underscores, or dots.",
    });
  });

  it('words a leading, trailing or doubled dot as AWS does', async () => {
    await topic('names');
    await expect(attempt('.lead')).rejects.toMatchObject({
      message: "Invalid message attribute name starting with character '.' was found.",
    });
    await expect(attempt('trail.')).rejects.toMatchObject({
      message: "Invalid message attribute name ending with character '.' was found.",
    });
    await expect(attempt('two..dots')).rejects.toMatchObject({
      message: "Message attribute name can not have successive '.' character.",
    });
  });
});

describe('PublishBatch', () => {
  it('fails the whole request for a FIFO entry without MessageGroupId or deduplication id', async () => {
    const arn = await topic(`${unique('batch')}.fifo`, { FifoTopic: 'true' });
    await expect(
      sns.send(
        new PublishBatchCommand({
          TopicArn: arn,
          PublishBatchRequestEntries: [
            { Id: 'a', Message: 'x', MessageGroupId: 'g', MessageDeduplicationId: 'd' },
            { Id: 'b', Message: 'y', MessageDeduplicationId: 'e' },
          ],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Invalid parameter: The MessageGroupId parameter is required for FIFO topics',
    });
    await expect(
      sns.send(
        new PublishBatchCommand({
          TopicArn: arn,
          PublishBatchRequestEntries: [{ Id: 'a', Message: 'x', MessageGroupId: 'g' }],
        }),
      ),
    ).rejects.toMatchObject({
      message:
        'Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    });
  });

  it('fails the whole request, delivering nothing, for a json MessageStructure without default', async () => {
    const arn = await topic(unique('batch-structure'));
    const q = await queue(unique('batch-structure-q'));
    await subscribed(arn, q.arn, { RawMessageDelivery: 'true' });
    await expect(
      sns.send(
        new PublishBatchCommand({
          TopicArn: arn,
          PublishBatchRequestEntries: [
            { Id: 'ok', Message: 'fine' },
            { Id: 'bad', Message: '{"sqs":"only"}', MessageStructure: 'json' },
          ],
        }),
      ),
    ).rejects.toMatchObject({
      message: 'Invalid parameter: Message Structure - No default entry in JSON message body',
    });
    expect(await bodies(q.url)).toEqual([]);
  });
});

describe('notifications', () => {
  it('leaves the signature fields out of a FIFO notification, as AWS does', async () => {
    const arn = await topic(`${unique('fifo-note')}.fifo`, { FifoTopic: 'true' });
    const q = await queue(`${unique('fifo-note-q')}.fifo`, { FifoQueue: 'true' });
    await subscribed(arn, q.arn);
    await sns.send(
      new PublishCommand({
        TopicArn: arn,
        Message: 'Test',
        MessageGroupId: 'g',
        MessageDeduplicationId: 'd',
      }),
    );
    const [body] = await bodies(q.url);
    expect(Object.keys(JSON.parse(body))).toEqual([
      'Type',
      'MessageId',
      'SequenceNumber',
      'TopicArn',
      'Message',
      'Timestamp',
      'UnsubscribeURL',
    ]);
  });

  it("writes the topic's SignatureVersion into its notifications", async () => {
    const arn = await topic(unique('sigv2'), { SignatureVersion: '2' });
    const q = await queue(unique('sigv2-q'));
    await subscribed(arn, q.arn);
    await sns.send(new PublishCommand({ TopicArn: arn, Message: 'signed' }));
    const [body] = await bodies(q.url);
    expect(JSON.parse(body)).toMatchObject({ SignatureVersion: '2', Message: 'signed' });
  });
});

describe('DeliveryPolicy', () => {
  const DEFAULT_HEALTHY = {
    minDelayTarget: 20,
    maxDelayTarget: 20,
    numRetries: 3,
    numMaxDelayRetries: 0,
    numNoDelayRetries: 0,
    numMinDelayRetries: 0,
    backoffFunction: 'linear',
  };
  const attributes = async (arn: string) =>
    (await sns.send(new GetTopicAttributesCommand({ TopicArn: arn }))).Attributes ?? {};

  it('answers the policy as AWS stores it and merges it into EffectiveDeliveryPolicy', async () => {
    const arn = await topic(unique('delivery'), {
      DeliveryPolicy: JSON.stringify({
        http: { defaultRequestPolicy: { headerContentType: 'application/json' } },
      }),
    });
    let got = await attributes(arn);
    expect(got.DeliveryPolicy).toBe(
      JSON.stringify({
        http: {
          disableSubscriptionOverrides: false,
          defaultRequestPolicy: { headerContentType: 'application/json' },
        },
      }),
    );
    expect(got.EffectiveDeliveryPolicy).toBe(
      JSON.stringify({
        http: {
          defaultHealthyRetryPolicy: DEFAULT_HEALTHY,
          disableSubscriptionOverrides: false,
          defaultRequestPolicy: { headerContentType: 'application/json' },
        },
      }),
    );
    await sns.send(
      new SetTopicAttributesCommand({
        TopicArn: arn,
        AttributeName: 'DeliveryPolicy',
        AttributeValue: JSON.stringify({
          http: { defaultHealthyRetryPolicy: { minDelayTarget: 5, maxDelayTarget: 6, numRetries: 1 } },
        }),
      }),
    );
    got = await attributes(arn);
    expect(JSON.parse(got.DeliveryPolicy as string)).toEqual({
      http: {
        defaultHealthyRetryPolicy: { minDelayTarget: 5, maxDelayTarget: 6, numRetries: 1 },
        disableSubscriptionOverrides: false,
      },
    });
    expect(JSON.parse(got.EffectiveDeliveryPolicy as string)).toEqual({
      http: {
        defaultHealthyRetryPolicy: {
          ...DEFAULT_HEALTHY,
          minDelayTarget: 5,
          maxDelayTarget: 6,
          numRetries: 1,
        },
        disableSubscriptionOverrides: false,
        defaultRequestPolicy: { headerContentType: 'text/plain; charset=UTF-8' },
      },
    });
  });

  it('removes the policy when set to an empty value', async () => {
    const arn = await topic(unique('delivery-off'), {
      DeliveryPolicy: JSON.stringify({
        http: { defaultRequestPolicy: { headerContentType: 'application/json' } },
      }),
    });
    await sns.send(
      new SetTopicAttributesCommand({ TopicArn: arn, AttributeName: 'DeliveryPolicy', AttributeValue: '' }),
    );
    const got = await attributes(arn);
    expect(got.DeliveryPolicy).toBeUndefined();
    expect(JSON.parse(got.EffectiveDeliveryPolicy as string).http.defaultRequestPolicy).toEqual({
      headerContentType: 'text/plain; charset=UTF-8',
    });
  });
});

describe('subscription attributes', () => {
  it('refuses a RedrivePolicy whose deadLetterTargetArn is not an ARN', async () => {
    const arn = await topic(unique('redrive'));
    const q = await queue(unique('redrive-q'));
    const sub = await subscribed(arn, q.arn);
    await expect(
      sns.send(
        new SetSubscriptionAttributesCommand({
          SubscriptionArn: sub,
          AttributeName: 'RedrivePolicy',
          AttributeValue: JSON.stringify({ deadLetterTargetArn: 'not-an-arn' }),
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Invalid parameter: RedrivePolicy: deadLetterTargetArn is an invalid arn',
    });
  });

  it('refuses a standard queue as the dead-letter queue of a FIFO topic subscription', async () => {
    const arn = await topic(`${unique('redrive-fifo')}.fifo`, { FifoTopic: 'true' });
    const q = await queue(`${unique('redrive-fifo-q')}.fifo`, { FifoQueue: 'true' });
    const dlq = await queue(unique('redrive-standard-dlq'));
    const sub = await subscribed(arn, q.arn);
    await expect(
      sns.send(
        new SetSubscriptionAttributesCommand({
          SubscriptionArn: sub,
          AttributeName: 'RedrivePolicy',
          AttributeValue: JSON.stringify({ deadLetterTargetArn: dlq.arn }),
        }),
      ),
    ).rejects.toMatchObject({
      message:
        'Invalid parameter: RedrivePolicy: must use a FIFO queue as DLQ for a FIFO Subscription to a FIFO Topic.',
    });
  });

  it('confirms an SMS subscription at once and refuses an endpoint that is no phone number', async () => {
    const arn = await topic(unique('sms'));
    const out = await sns.send(
      new SubscribeCommand({ TopicArn: arn, Protocol: 'sms', Endpoint: '+123123123' }),
    );
    expect(out.SubscriptionArn?.startsWith(`${arn}:`)).toBe(true);
    const { Attributes } = await sns.send(
      new GetSubscriptionAttributesCommand({ SubscriptionArn: out.SubscriptionArn }),
    );
    expect(Attributes).toMatchObject({ PendingConfirmation: 'false', ConfirmationWasAuthenticated: 'true' });
    await expect(
      sns.send(new SubscribeCommand({ TopicArn: arn, Protocol: 'sms', Endpoint: 'invalid-number' })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Invalid SMS endpoint: invalid-number',
    });
    // Publishing still reaches no phone, and fails no one.
    await sns.send(new PublishCommand({ TopicArn: arn, Message: 'hello' }));
  });
});
