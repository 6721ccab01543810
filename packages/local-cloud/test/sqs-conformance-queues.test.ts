// SQS queues as AWS keeps them: permissions in the queue policy, tag checks, RedrivePolicy as set, and
// the attributes a queue refuses after creation.
import {
  AddPermissionCommand,
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ListQueueTagsCommand,
  RemovePermissionCommand,
  SetQueueAttributesCommand,
  type SQSClient,
  TagQueueCommand,
  UntagQueueCommand,
} from '@aws-sdk/client-sqs';
import { describe, expect, it } from '@jest/globals';
import { uniqueName, useSqs } from './sqs-helpers.js';

let sqs: SQSClient;
useSqs((client) => {
  sqs = client;
});

const newQueue = async (name = uniqueName(), Attributes?: Record<string, string>) =>
  (await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes }))).QueueUrl!;
const attribute = async (QueueUrl: string, name: 'Policy' | 'RedrivePolicy' | 'QueueArn') =>
  (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: [name] }))).Attributes?.[name];

describe('AddPermission and RemovePermission', () => {
  it('write one statement per label into the policy AWS generates, and remove it with the policy', async () => {
    const name = uniqueName('perm');
    const QueueUrl = await newQueue(name);
    const arn = `arn:aws:sqs:us-east-1:000000000000:${name}`;
    await sqs.send(
      new AddPermissionCommand({
        QueueUrl,
        Label: 'crossaccountpermission',
        AWSAccountIds: ['000000000000', '668614515564'],
        Actions: ['ReceiveMessage'],
      }),
    );
    expect(JSON.parse((await attribute(QueueUrl, 'Policy'))!)).toEqual({
      Version: '2008-10-17',
      Id: `${arn}/SQSDefaultPolicy`,
      Statement: [
        {
          Sid: 'crossaccountpermission',
          Effect: 'Allow',
          Principal: { AWS: ['arn:aws:iam::668614515564:root', 'arn:aws:iam::000000000000:root'] },
          Action: 'SQS:ReceiveMessage',
          Resource: arn,
        },
      ],
    });
    await expect(
      sqs.send(
        new AddPermissionCommand({
          QueueUrl,
          Label: 'crossaccountpermission',
          AWSAccountIds: ['668614515564'],
          Actions: ['ReceiveMessage'],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message: 'Value crossaccountpermission for parameter Label is invalid. Reason: Already exists.',
    });
    await sqs.send(
      new AddPermissionCommand({
        QueueUrl,
        Label: 'second',
        AWSAccountIds: ['000000000000'],
        Actions: ['SendMessage', '*'],
      }),
    );
    const two = JSON.parse((await attribute(QueueUrl, 'Policy'))!);
    expect(two.Statement[1]).toMatchObject({
      Sid: 'second',
      Principal: { AWS: 'arn:aws:iam::000000000000:root' },
      Action: ['SQS:SendMessage', 'SQS:*'],
    });
    await sqs.send(new RemovePermissionCommand({ QueueUrl, Label: 'crossaccountpermission' }));
    expect(
      JSON.parse((await attribute(QueueUrl, 'Policy'))!).Statement.map((s: { Sid: string }) => s.Sid),
    ).toEqual(['second']);
    await sqs.send(new RemovePermissionCommand({ QueueUrl, Label: 'second' }));
    expect(await attribute(QueueUrl, 'Policy')).toBeUndefined();
    await expect(sqs.send(new RemovePermissionCommand({ QueueUrl, Label: 'second' }))).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message: "Value second for parameter Label is invalid. Reason: can't find label.",
    });
  });

  it('refuse owner-only actions, more than seven actions, and requests without actions or accounts', async () => {
    const QueueUrl = await newQueue();
    const add = (AWSAccountIds: string[], Actions: string[]) =>
      sqs.send(new AddPermissionCommand({ QueueUrl, Label: 'l', AWSAccountIds, Actions }));
    await expect(add(['111111111111'], ['RemovePermission'])).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message:
        'Value SQS:RemovePermission for parameter ActionName is invalid. Reason: Only the queue owner is allowed to invoke this action.',
    });
    await expect(
      add(
        ['111111111111'],
        [
          'ChangeMessageVisibility',
          'DeleteMessage',
          'GetQueueAttributes',
          'GetQueueUrl',
          'ListDeadLetterSourceQueues',
          'PurgeQueue',
          'ReceiveMessage',
          'SendMessage',
        ],
      ),
    ).rejects.toMatchObject({
      name: 'OverLimit',
      message: '8 Actions were found, maximum allowed is 7.',
      $metadata: { httpStatusCode: 403 },
    });
    await expect(add(['111111111111'], [])).rejects.toMatchObject({
      name: 'MissingParameter',
      message: 'The request must contain the parameter Actions.',
    });
    await expect(add([], ['ReceiveMessage'])).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message: 'Value [] for parameter PrincipalId is invalid. Reason: Unable to verify.',
    });
    expect(await attribute(QueueUrl, 'Policy')).toBeUndefined();
  });
});

describe('tags', () => {
  it('refuse an empty tag set, an empty key and more than 50 tags, changing nothing', async () => {
    const name = uniqueName('tags');
    const QueueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: name, tags: { keep: 'me' } })))
      .QueueUrl!;
    await expect(sqs.send(new TagQueueCommand({ QueueUrl, Tags: {} }))).rejects.toMatchObject({
      name: 'MissingParameter',
      message: 'The request must contain the parameter Tags.',
    });
    await expect(
      sqs.send(new TagQueueCommand({ QueueUrl, Tags: { '': 'production' } })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message: 'Tag keys must be between 1 and 128 characters in length.',
    });
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, `v${i}`]));
    await expect(sqs.send(new TagQueueCommand({ QueueUrl, Tags: many }))).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message: `Too many tags added for queue ${name}.`,
    });
    await expect(sqs.send(new UntagQueueCommand({ QueueUrl, TagKeys: [] }))).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message: 'Tag keys must be between 1 and 128 characters in length.',
    });
    expect((await sqs.send(new ListQueueTagsCommand({ QueueUrl }))).Tags).toEqual({ keep: 'me' });
  });
});

describe('queue attributes', () => {
  it('answer a RedrivePolicy as it was set', async () => {
    const dlq = await newQueue(uniqueName('dlq'));
    const dlqArn = await attribute(dlq, 'QueueArn');
    const policy = `{"deadLetterTargetArn": "${dlqArn}", "maxReceiveCount": "5"}`;
    const QueueUrl = await newQueue(uniqueName(), { RedrivePolicy: policy });
    expect(await attribute(QueueUrl, 'RedrivePolicy')).toBe(policy);
    // The same policy written another way is the same attribute for CreateQueue's idempotency.
    const again = await sqs.send(
      new CreateQueueCommand({
        QueueName: QueueUrl.split('/').pop(),
        Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 5 }) },
      }),
    );
    expect(again.QueueUrl).toBe(QueueUrl);
  });

  it('refuse a deadLetterTargetArn that is not an ARN before looking for the queue', async () => {
    const policy = '{"deadLetterTargetArn": "dummy", "maxReceiveCount": 42}';
    await expect(newQueue(uniqueName(), { RedrivePolicy: policy })).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message: `Value ${policy} for parameter RedrivePolicy is invalid. Reason: Invalid value for deadLetterTargetArn.`,
    });
  });

  it('know FifoQueue after creation only on a FIFO queue, which accepts true and refuses to change type', async () => {
    const standard = await newQueue();
    await expect(
      sqs.send(new SetQueueAttributesCommand({ QueueUrl: standard, Attributes: { FifoQueue: 'true' } })),
    ).rejects.toMatchObject({ name: 'InvalidAttributeName', message: 'Unknown Attribute FifoQueue.' });
    const fifo = await newQueue(`${uniqueName()}.fifo`, { FifoQueue: 'true' });
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: fifo, Attributes: { FifoQueue: 'true' } }));
    await expect(
      sqs.send(new SetQueueAttributesCommand({ QueueUrl: fifo, Attributes: { FifoQueue: 'false' } })),
    ).rejects.toMatchObject({
      name: 'InvalidAttributeValue',
      message: 'Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.',
    });
  });

  it('refuse KMS and SQS-managed server-side encryption together', async () => {
    const QueueUrl = await newQueue();
    await expect(
      sqs.send(
        new SetQueueAttributesCommand({
          QueueUrl,
          Attributes: { KmsMasterKeyId: 'testKeyId', SqsManagedSseEnabled: 'true' },
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidAttributeName',
      message:
        'You can use one type of server-side encryption (SSE) at one time. You can either enable KMS SSE or SQS SSE.',
    });
  });
});
