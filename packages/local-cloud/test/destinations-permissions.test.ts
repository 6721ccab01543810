// The execution role decides delivery: a least-privilege role written the way AWS's IAM reads it lets
// records through to SNS, EventBridge and S3; a destination the role does not cover is a counted failure.
import { CreateEventBusCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateRoleCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, SetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  ACCOUNT,
  configureDestinations,
  createFunction,
  createQueue,
  eventually,
  expectRecord,
  type InvocationRecord,
  invokeEvent,
  metrics,
  type Queue,
  REGION,
  receive,
  useHarness,
} from './fixtures/destinations/harness.js';

const h = useHarness();
let roleArn: string;
const failuresOf = async (fn: string) => (await metrics(h)).DestinationDeliveryFailures?.[fn];

/** Where records of one destination type go, and how a user reads them back. */
interface Target {
  allowed: string;
  denied: string;
  /** The record text that reached the allowed destination, or undefined when nothing did. */
  read(): Promise<string | undefined>;
  /** Nothing reached the denied destination. */
  deniedIsEmpty(): Promise<boolean>;
}

const targets: Record<string, Target> = {};

async function queueIsEmpty(q: Queue): Promise<boolean> {
  const { Attributes } = await h.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: q.url, AttributeNames: ['ApproximateNumberOfMessages'] }),
  );
  return Attributes?.ApproximateNumberOfMessages === '0';
}

async function topicTarget(): Promise<Target> {
  const arns: string[] = [];
  const queues: Queue[] = [];
  for (const name of ['perm-topic-allowed', 'perm-topic-denied']) {
    const { TopicArn } = await h.sns.send(new CreateTopicCommand({ Name: name }));
    const q = await createQueue(h, `${name}-reader`);
    await h.sns.send(
      new SubscribeCommand({
        TopicArn,
        Protocol: 'sqs',
        Endpoint: q.arn,
        Attributes: { RawMessageDelivery: 'true' },
      }),
    );
    arns.push(TopicArn as string);
    queues.push(q);
  }
  return {
    allowed: arns[0],
    denied: arns[1],
    read: async () => (await receive(h, queues[0], 1))[0].Body,
    deniedIsEmpty: () => queueIsEmpty(queues[1]),
  };
}

async function busTarget(): Promise<Target> {
  const arns: string[] = [];
  const queues: Queue[] = [];
  for (const name of ['perm-bus-allowed', 'perm-bus-denied']) {
    const { EventBusArn } = await h.events.send(new CreateEventBusCommand({ Name: name }));
    const q = await createQueue(h, `${name}-reader`);
    await h.events.send(
      new PutRuleCommand({ Name: 'results', EventBusName: name, EventPattern: '{"source":["lambda"]}' }),
    );
    await h.events.send(
      new PutTargetsCommand({ Rule: 'results', EventBusName: name, Targets: [{ Id: 'q', Arn: q.arn }] }),
    );
    arns.push(EventBusArn as string);
    queues.push(q);
  }
  return {
    allowed: arns[0],
    denied: arns[1],
    read: async () => JSON.stringify(JSON.parse((await receive(h, queues[0], 1))[0].Body as string).detail),
    deniedIsEmpty: () => queueIsEmpty(queues[1]),
  };
}

async function bucketTarget(): Promise<Target> {
  for (const name of ['perm-bucket-allowed', 'perm-bucket-denied'])
    await h.s3.send(new CreateBucketCommand({ Bucket: name }));
  const keys = async (bucket: string) =>
    (
      (await h.s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'aws/lambda/async/' }))).Contents ??
      []
    ).map((o) => o.Key as string);
  return {
    allowed: 'arn:aws:s3:::perm-bucket-allowed',
    denied: 'arn:aws:s3:::perm-bucket-denied',
    read: async () => {
      const [key] =
        (await eventually(async () =>
          (await keys('perm-bucket-allowed')).length ? keys('perm-bucket-allowed') : undefined,
        )) ?? [];
      if (!key) return undefined;
      const obj = await h.s3.send(new GetObjectCommand({ Bucket: 'perm-bucket-allowed', Key: key }));
      return obj.Body?.transformToString();
    },
    deniedIsEmpty: async () => (await keys('perm-bucket-denied')).length === 0,
  };
}

beforeAll(async () => {
  targets.sns = await topicTarget();
  targets.events = await busTarget();
  targets.s3 = await bucketTarget();
  const { Role } = await h.iam.send(
    new CreateRoleCommand({
      RoleName: 'narrow-destinations',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
    }),
  );
  roleArn = Role?.Arn as string;
  // What AWS's documentation asks of the role, each action on the resource IAM checks it against:
  // s3:PutObject on the objects (`bucket/*`), s3:ListBucket on the bucket.
  await h.iam.send(
    new PutRolePolicyCommand({
      RoleName: 'narrow-destinations',
      PolicyName: 'destinations',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'sqs:SendMessage',
            Resource: `arn:aws:sqs:${REGION}:${ACCOUNT}:perm-*-dlq`,
          },
          { Effect: 'Allow', Action: 'sns:Publish', Resource: targets.sns.allowed },
          { Effect: 'Allow', Action: 'events:PutEvents', Resource: targets.events.allowed },
          { Effect: 'Allow', Action: 's3:PutObject', Resource: `${targets.s3.allowed}/*` },
          { Effect: 'Allow', Action: 's3:ListBucket', Resource: targets.s3.allowed },
        ],
      }),
    }),
  );
});

describe('a least-privilege execution role', () => {
  it.each(['sns', 'events', 's3'])(
    'lets the failure record through to the %s destination it names',
    async (type) => {
      const name = `perm-${type}-allowed`;
      const dlq = await createQueue(h, `${name}-dlq`);
      await createFunction(h, name, 'node', { role: roleArn, deadLetterArn: dlq.arn });
      await configureDestinations(h, name, 0, { onFailure: targets[type].allowed });
      const id = await invokeEvent(h, name, '{"fail":true,"message":"allowed"}');
      // The dead-letter queue tells when the event is done; by then the record was sent or refused.
      await receive(h, dlq, 1);
      expect(await failuresOf(name)).toBeUndefined();
      const text = await targets[type].read();
      expect(text).toBeDefined();
      expectRecord(JSON.parse(text as string) as InvocationRecord, {
        requestId: id,
        functionName: name,
        runtime: 'node',
        condition: 'RetriesExhausted',
        approximateInvokeCount: 1,
        requestPayload: { fail: true, message: 'allowed' },
        errorMessage: 'allowed',
      });
    },
  );

  it.each(['sns', 'events', 's3'])(
    'makes a %s destination it does not name a counted delivery failure',
    async (type) => {
      const name = `perm-${type}-denied`;
      const dlq = await createQueue(h, `${name}-dlq`);
      await createFunction(h, name, 'node', { role: roleArn, deadLetterArn: dlq.arn });
      await configureDestinations(h, name, 0, { onFailure: targets[type].denied });
      const id = await invokeEvent(h, name, '{"fail":true,"message":"denied"}');
      // The dead-letter queue tells when the event is done (the role allows it).
      const dead = await receive(h, dlq, 1);
      expect(dead[0].MessageAttributes?.RequestID?.StringValue).toBe(id);
      expect(await eventually(() => failuresOf(name))).toBe(1);
      expect(await targets[type].deniedIsEmpty()).toBe(true);
    },
  );
});

describe('a queue policy that names the role', () => {
  it('lets the record through where the role itself grants nothing, and only for the role it names', async () => {
    const granted = await createQueue(h, 'perm-queue-policy-granted');
    const other = await createQueue(h, 'perm-queue-policy-other');
    const policy = (queueArn: string, principal: string) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: principal }, Action: 'sqs:SendMessage', Resource: queueArn },
        ],
      });
    await h.sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: granted.url,
        Attributes: { Policy: policy(granted.arn, roleArn) },
      }),
    );
    // An account principal delegates to the role's own policies, which do not cover this queue.
    await h.sqs.send(
      new SetQueueAttributesCommand({
        QueueUrl: other.url,
        Attributes: { Policy: policy(other.arn, `arn:aws:iam::${ACCOUNT}:root`) },
      }),
    );
    for (const [name, q] of [
      ['perm-queue-granted', granted],
      ['perm-queue-other', other],
    ] as const) {
      const dlq = await createQueue(h, `${name}-dlq`);
      await createFunction(h, name, 'node', { role: roleArn, deadLetterArn: dlq.arn });
      await configureDestinations(h, name, 0, { onFailure: q.arn });
      await invokeEvent(h, name, '{"fail":true,"message":"policy"}');
      await receive(h, dlq, 1);
    }
    const [record] = await receive(h, granted, 1);
    expect(JSON.parse(record.Body as string).requestContext.condition).toBe('RetriesExhausted');
    expect(await failuresOf('perm-queue-granted')).toBeUndefined();
    expect(await eventually(() => failuresOf('perm-queue-other'))).toBe(1);
    expect(await queueIsEmpty(other)).toBe(true);
  });
});
